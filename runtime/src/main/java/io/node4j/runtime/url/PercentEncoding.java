package io.node4j.runtime.url;

/**
 * The URL Standard's percent-encode sets and UTF-8 percent-encoding. A set is a table over ASCII;
 * code points above U+007E belong to every set. A lone surrogate is encoded as U+FFFD, as the
 * conversion to a USVString would have made it.
 */
final class PercentEncoding {
    private PercentEncoding() {
    }

    static final boolean[] C0_CONTROL = set(null, "");
    static final boolean[] FRAGMENT = set(C0_CONTROL, " \"<>`");
    static final boolean[] QUERY = set(C0_CONTROL, " \"#<>");
    static final boolean[] SPECIAL_QUERY = set(QUERY, "'");
    static final boolean[] PATH = set(QUERY, "?^`{}");
    static final boolean[] USERINFO = set(PATH, "/:;=@[\\]|");

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static boolean[] set(boolean[] base, String extra) {
        boolean[] set = new boolean[128];
        if (base != null) {
            System.arraycopy(base, 0, set, 0, 128);
        } else {
            for (int c = 0; c < 0x20; c++) {
                set[c] = true;
            }
            set[0x7f] = true;
        }
        for (int i = 0; i < extra.length(); i++) {
            set[extra.charAt(i)] = true;
        }
        return set;
    }

    /** text[from, to) with every code point of the set percent-encoded. */
    static String encode(String text, int from, int to, boolean[] set) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c >= 0x80 || set[c]) {
                break;
            }
            i++;
        }
        if (i == to) {
            return text.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from + 16).append(text, from, i);
        appendEncoded(out, text, i, to, set);
        return out.toString();
    }

    static String encode(String text, boolean[] set) {
        return encode(text, 0, text.length(), set);
    }

    /** Appends text[from, to) to out, percent-encoding the code points of the set. */
    static void appendEncoded(StringBuilder out, String text, int from, int to, boolean[] set) {
        for (int i = from; i < to; i++) {
            int c = text.charAt(i);
            if (c < 0x80) {
                if (set[c]) {
                    appendByte(out, c);
                } else {
                    out.append((char) c);
                }
                continue;
            }
            if (Character.isHighSurrogate((char) c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                c = Character.toCodePoint((char) c, text.charAt(++i));
            } else if (Character.isSurrogate((char) c)) {
                c = 0xfffd;
            }
            if (c < 0x800) {
                appendByte(out, 0xc0 | (c >> 6));
            } else if (c < 0x10000) {
                appendByte(out, 0xe0 | (c >> 12));
                appendByte(out, 0x80 | ((c >> 6) & 0x3f));
            } else {
                appendByte(out, 0xf0 | (c >> 18));
                appendByte(out, 0x80 | ((c >> 12) & 0x3f));
                appendByte(out, 0x80 | ((c >> 6) & 0x3f));
            }
            appendByte(out, 0x80 | (c & 0x3f));
        }
    }

    private static void appendByte(StringBuilder out, int b) {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 15]);
    }

    static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int lower = c | 0x20;
        if (lower >= 'a' && lower <= 'f') {
            return lower - 'a' + 10;
        }
        return -1;
    }

    /** Percent-decodes text and decodes the bytes as UTF-8 (replacement characters for bad input). */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[utf8.length];
        int n = 0;
        for (int i = 0; i < utf8.length; i++) {
            int b = utf8[i];
            if (b == '%' && i + 2 < utf8.length && hexValue(utf8[i + 1]) >= 0 && hexValue(utf8[i + 2]) >= 0) {
                out[n++] = (byte) (hexValue(utf8[i + 1]) * 16 + hexValue(utf8[i + 2]));
                i += 2;
            } else {
                out[n++] = (byte) b;
            }
        }
        return new String(out, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }
}
