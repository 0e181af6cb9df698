package io.node4j.runtime.url;

import io.node4j.loop.InetText;

/**
 * The URL Standard's host parser: domains (UTS #46 through {@link Idna} when not plain ASCII or
 * when they carry "xn--" labels), IPv4 addresses in all their number forms, IPv6 addresses and
 * opaque hosts. Each parse returns the serialized host, or null for failure.
 */
public final class Hosts {
    private Hosts() {
    }

    /** 1: a forbidden host code point; 2: only a forbidden domain code point. Over ASCII. */
    private static final byte[] FORBIDDEN = new byte[128];

    static {
        for (char c : "\0\t\n\r #/:<>?@[\\]^|".toCharArray()) {
            FORBIDDEN[c] = 1;
        }
        for (int c = 0; c < 0x20; c++) {
            if (FORBIDDEN[c] == 0) {
                FORBIDDEN[c] = 2;
            }
        }
        FORBIDDEN['%'] = 2;
        FORBIDDEN[0x7f] = 2;
    }

    static String parse(String input, boolean opaque) {
        if (!input.isEmpty() && input.charAt(0) == '[') {
            if (input.charAt(input.length() - 1) != ']') {
                return null;
            }
            int[] address = parseIPv6(input, 1, input.length() - 1);
            return address == null ? null : "[" + InetText.ipv6(address) + "]";
        }
        if (opaque) {
            return parseOpaque(input);
        }
        String ascii = domainToAscii(PercentEncoding.decode(input));
        if (ascii == null) {
            return null;
        }
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c < 0x80 && FORBIDDEN[c] != 0) {
                return null;
            }
        }
        if (endsInANumber(ascii)) {
            long address = parseIPv4(ascii);
            return address < 0 ? null : serializeIPv4(address);
        }
        return ascii;
    }

    /** Plain ASCII without "xn--" labels only needs lowercasing; anything else goes through UTS #46. */
    public static String domainToAscii(String domain) {
        int labelStart = 0;
        boolean upper = false;
        int len = domain.length();
        for (int i = 0; i < len; i++) {
            char c = domain.charAt(i);
            if (c >= 0x80) {
                return idnaToAscii(domain);
            }
            if (c == '.') {
                labelStart = i + 1;
            } else if (i == labelStart && (c | 0x20) == 'x' && i + 3 < len && (domain.charAt(i + 1) | 0x20) == 'n'
                    && domain.charAt(i + 2) == '-' && domain.charAt(i + 3) == '-') {
                return idnaToAscii(domain);
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            }
        }
        if (domain.isEmpty()) {
            return null;
        }
        return upper ? domain.toLowerCase(java.util.Locale.ROOT) : domain;
    }

    private static String idnaToAscii(String domain) {
        String result = Idna.toAscii(domain);
        return result == null || result.isEmpty() ? null : result;
    }

    private static String parseOpaque(String input) {
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c < 0x80 && FORBIDDEN[c] == 1) {
                return null;
            }
        }
        return PercentEncoding.encode(input, PercentEncoding.C0_CONTROL);
    }

    private static boolean endsInANumber(String input) {
        int end = input.length();
        if (end > 0 && input.charAt(end - 1) == '.') {
            if (end == 1) {
                return false;
            }
            end--;
        }
        int start = input.lastIndexOf('.', end - 1) + 1;
        if (start == end) {
            return false;
        }
        boolean digits = true;
        for (int i = start; i < end; i++) {
            char c = input.charAt(i);
            if (c < '0' || c > '9') {
                digits = false;
                break;
            }
        }
        return digits || parseIPv4Number(input, start, end) >= 0;
    }

    /** One part of an IPv4 address: decimal, 0x-hex or 0-octal; -1 when it is none of them. */
    private static long parseIPv4Number(String input, int start, int end) {
        if (start == end) {
            return -1;
        }
        int radix = 10;
        if (end - start >= 2 && input.charAt(start) == '0' && (input.charAt(start + 1) | 0x20) == 'x') {
            start += 2;
            radix = 16;
        } else if (end - start >= 2 && input.charAt(start) == '0') {
            start++;
            radix = 8;
        }
        if (start == end) {
            return 0;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            int digit = PercentEncoding.hexValue(input.charAt(i));
            if (digit < 0 || digit >= radix) {
                return -1;
            }
            // Past 2^32 the address fails anyway; stop growing before overflow.
            value = Math.min(value * radix + digit, 1L << 40);
        }
        return value;
    }

    /** The address as an unsigned 32-bit number, or -1. */
    private static long parseIPv4(String input) {
        String[] parts = input.split("\\.", -1);
        int count = parts.length;
        if (parts[count - 1].isEmpty() && count > 1) {
            count--;
        }
        if (count > 4) {
            return -1;
        }
        long[] numbers = new long[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = parseIPv4Number(parts[i], 0, parts[i].length());
            if (numbers[i] < 0) {
                return -1;
            }
        }
        for (int i = 0; i < count - 1; i++) {
            if (numbers[i] > 255) {
                return -1;
            }
        }
        long last = numbers[count - 1];
        if (last >= 1L << (8 * (5 - count))) {
            return -1;
        }
        long address = last;
        for (int i = 0; i < count - 1; i++) {
            address += numbers[i] << (8 * (3 - i));
        }
        return address;
    }

    static String serializeIPv4(long address) {
        return (address >>> 24) + "." + ((address >>> 16) & 255) + "." + ((address >>> 8) & 255) + "." + (address & 255);
    }

    /** The eight 16-bit pieces of the IPv6 address in input[from, to), or null. */
    private static int[] parseIPv6(String input, int from, int to) {
        int[] address = new int[8];
        int pieceIndex = 0;
        int compress = -1;
        int p = from;
        if (at(input, p, to) == ':') {
            if (at(input, p + 1, to) != ':') {
                return null;
            }
            p += 2;
            compress = ++pieceIndex;
        }
        while (at(input, p, to) != -1) {
            if (pieceIndex == 8) {
                return null;
            }
            if (at(input, p, to) == ':') {
                if (compress != -1) {
                    return null;
                }
                p++;
                compress = ++pieceIndex;
                continue;
            }
            int value = 0;
            int length = 0;
            while (length < 4 && at(input, p, to) != -1 && PercentEncoding.hexValue(at(input, p, to)) >= 0) {
                value = value * 16 + PercentEncoding.hexValue(at(input, p, to));
                p++;
                length++;
            }
            if (at(input, p, to) == '.') {
                if (length == 0) {
                    return null;
                }
                p -= length;
                if (pieceIndex > 6) {
                    return null;
                }
                int numbersSeen = 0;
                while (at(input, p, to) != -1) {
                    int piece = -1;
                    if (numbersSeen > 0) {
                        if (at(input, p, to) == '.' && numbersSeen < 4) {
                            p++;
                        } else {
                            return null;
                        }
                    }
                    if (!isDigit(at(input, p, to))) {
                        return null;
                    }
                    while (isDigit(at(input, p, to))) {
                        int n = at(input, p, to) - '0';
                        if (piece == -1) {
                            piece = n;
                        } else if (piece == 0) {
                            return null;
                        } else {
                            piece = piece * 10 + n;
                        }
                        if (piece > 255) {
                            return null;
                        }
                        p++;
                    }
                    address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
                    numbersSeen++;
                    if (numbersSeen == 2 || numbersSeen == 4) {
                        pieceIndex++;
                    }
                }
                if (numbersSeen != 4) {
                    return null;
                }
                break;
            } else if (at(input, p, to) == ':') {
                p++;
                if (at(input, p, to) == -1) {
                    return null;
                }
            } else if (at(input, p, to) != -1) {
                return null;
            }
            address[pieceIndex++] = value;
        }
        if (compress != -1) {
            int swaps = pieceIndex - compress;
            pieceIndex = 7;
            while (pieceIndex != 0 && swaps > 0) {
                int tmp = address[pieceIndex];
                address[pieceIndex] = address[compress + swaps - 1];
                address[compress + swaps - 1] = tmp;
                pieceIndex--;
                swaps--;
            }
        } else if (pieceIndex != 8) {
            return null;
        }
        return address;
    }

    private static int at(String input, int i, int to) {
        return i < to ? input.charAt(i) : -1;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
