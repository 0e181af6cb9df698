package io.node4j.runtime.bindings;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('buffer')}: bulk conversions between strings and bytes for large inputs
 * (lib/internal/buffer/codecs.js converts small ones itself). Bytes come in as an ArrayBuffer with an
 * offset and a length, read with one bulk copy; encoded bytes go back as a {@link ByteBuffer} that JS
 * wraps in an ArrayBuffer ({@code new ArrayBuffer(result)}) and copies with one typed-array set.
 *
 * <p>Decoding follows the WHATWG rules Node uses: each maximal invalid UTF-8 subpart becomes one
 * U+FFFD; encoding turns a lone surrogate into U+FFFD (EF BF BD).
 */
public final class BufferBinding implements Binding {

    @Override
    public String name() {
        return "buffer";
    }

    // --- JS-visible functions ---------------------------------------------------------------------

    @Export
    public double utf8Length(String s) {
        return utf8Length(s, s.length());
    }

    /** UTF-8 of {@code s}, whole characters only, at most {@code max} bytes. */
    @Export
    public ByteBuffer utf8Encode(String s, double max) {
        return utf8Bytes(s, (int) Math.min(max, Integer.MAX_VALUE));
    }

    @Export
    public String utf8Decode(Value arrayBuffer, int offset, int length) {
        return decodeUtf8(read(arrayBuffer, offset, length), 0, length);
    }

    /** Latin-1 bytes of the first {@code count} characters (each char's low byte). */
    @Export
    public ByteBuffer latin1Encode(String s, int count) {
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            out[i] = (byte) s.charAt(i);
        }
        return ByteBuffer.wrap(out);
    }

    /** Each byte as one char, masked ({@code 0xff} for latin1, {@code 0x7f} for ascii). */
    @Export
    public String latin1Decode(Value arrayBuffer, int offset, int length, int mask) {
        byte[] bytes = read(arrayBuffer, offset, length);
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = (char) (bytes[i] & mask);
        }
        return new String(out);
    }

    /** UTF-16LE of the first {@code count} code units. */
    @Export
    public ByteBuffer ucs2Encode(String s, int count) {
        byte[] out = new byte[count * 2];
        for (int i = 0; i < count; i++) {
            char c = s.charAt(i);
            out[2 * i] = (byte) c;
            out[2 * i + 1] = (byte) (c >>> 8);
        }
        return ByteBuffer.wrap(out);
    }

    @Export
    public String ucs2Decode(Value arrayBuffer, int offset, int length) {
        byte[] bytes = read(arrayBuffer, offset, length);
        char[] out = new char[length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (char) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] & 0xff) << 8);
        }
        return new String(out);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    @Export
    public String hexEncode(Value arrayBuffer, int offset, int length) {
        byte[] bytes = read(arrayBuffer, offset, length);
        char[] out = new char[length * 2];
        for (int i = 0; i < length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 15];
            out[2 * i + 1] = HEX[bytes[i] & 15];
        }
        return new String(out);
    }

    /** Up to {@code count} bytes from hex pairs, stopping before the first pair that is not hex. */
    @Export
    public ByteBuffer hexDecode(String s, int count) {
        byte[] out = new byte[count];
        int n = 0;
        for (; n < count; n++) {
            int hi = Character.digit(s.charAt(2 * n), 16);
            int lo = Character.digit(s.charAt(2 * n + 1), 16);
            if (hi < 0 || lo < 0 || s.charAt(2 * n) > 'f' || s.charAt(2 * n + 1) > 'f') {
                break;
            }
            out[n] = (byte) (hi << 4 | lo);
        }
        return ByteBuffer.wrap(out, 0, n).slice();
    }

    @Export
    public String base64Encode(Value arrayBuffer, int offset, int length, boolean url) {
        byte[] bytes = read(arrayBuffer, offset, length);
        Base64.Encoder encoder = url ? Base64.getUrlEncoder().withoutPadding() : Base64.getEncoder();
        return encoder.encodeToString(bytes);
    }

    /**
     * Bytes of base64 or base64url text, at most {@code max}: characters outside both alphabets are
     * skipped and the first '=' ends the data, as Node decodes.
     */
    @Export
    public ByteBuffer base64Decode(String s, double max) {
        int limit = (int) Math.min(max, Integer.MAX_VALUE);
        byte[] out = new byte[Math.min(limit, (int) ((s.length() * 3L) >>> 2))];
        int n = 0;
        int acc = 0;
        int bits = 0;
        for (int i = 0, len = s.length(); i < len && n < out.length; i++) {
            char c = s.charAt(i);
            if (c == '=') {
                break;
            }
            int v = c < 128 ? BASE64_VALUES[c] : -1;
            if (v < 0) {
                continue;
            }
            acc = (acc << 6 | v) & 0xffffff;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (acc >> bits);
            }
        }
        return ByteBuffer.wrap(out, 0, n).slice();
    }

    private static final byte[] BASE64_VALUES = new byte[128];

    static {
        Arrays.fill(BASE64_VALUES, (byte) -1);
        String std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; i++) {
            BASE64_VALUES[std.charAt(i)] = (byte) i;
        }
        BASE64_VALUES['-'] = 62;
        BASE64_VALUES['_'] = 63;
    }

    /** Lexicographic comparison of two byte ranges: -1, 0 or 1. */
    @Export
    public int compare(Value a, int aOffset, int aLength, Value b, int bOffset, int bLength) {
        int r = Arrays.compareUnsigned(read(a, aOffset, aLength), read(b, bOffset, bLength));
        return Integer.signum(r);
    }

    /**
     * Position of the needle in the haystack searching forward from {@code start} or backward from
     * it, at positions that are multiples of {@code step}; -1 when absent.
     */
    @Export
    public int indexOf(Value hay, int hayOffset, int hayLength, Value needle, int needleOffset,
                       int needleLength, int start, boolean forward, int step) {
        byte[] h = read(hay, hayOffset, hayLength);
        byte[] n = read(needle, needleOffset, needleLength);
        if (forward) {
            int i = start;
            if (step == 2 && (i & 1) != 0) {
                i++;
            }
            for (; i + needleLength <= hayLength; i += step) {
                if (Arrays.equals(h, i, i + needleLength, n, 0, needleLength)) {
                    return i;
                }
            }
            return -1;
        }
        int i = Math.min(start, hayLength - needleLength);
        if (step == 2 && (i & 1) != 0) {
            i--;
        }
        for (; i >= 0; i -= step) {
            if (Arrays.equals(h, i, i + needleLength, n, 0, needleLength)) {
                return i;
            }
        }
        return -1;
    }

    /** True when the bytes are well-formed UTF-8. */
    @Export
    public boolean isUtf8(Value arrayBuffer, int offset, int length) {
        byte[] bytes = read(arrayBuffer, offset, length);
        return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes), java.nio.CharBuffer.allocate(length), true).isUnderflow();
    }

    /**
     * Text of bytes in a charset Java knows (TextDecoder's other encodings); null when {@code fatal}
     * and the bytes are malformed.
     */
    @Export
    public String decodeCharset(String charset, Value arrayBuffer, int offset, int length, boolean fatal) {
        java.nio.charset.CharsetDecoder decoder = java.nio.charset.Charset.forName(charset).newDecoder();
        java.nio.charset.CodingErrorAction action = fatal ? java.nio.charset.CodingErrorAction.REPORT
                : java.nio.charset.CodingErrorAction.REPLACE;
        decoder.onMalformedInput(action).onUnmappableCharacter(action).replaceWith("\ufffd");
        try {
            return decoder.decode(ByteBuffer.wrap(read(arrayBuffer, offset, length))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    // --- helpers ------------------------------------------------------------------------------------

    private static byte[] read(Value arrayBuffer, int offset, int length) {
        byte[] bytes = new byte[length];
        arrayBuffer.readBuffer(offset, bytes, 0, length);
        return bytes;
    }

    static long utf8Length(String s, int end) {
        long bytes = end;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c < 0x800) {
                bytes += 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 2;
                i++;
            } else {
                bytes += 2;
            }
        }
        return bytes;
    }

    static ByteBuffer utf8Bytes(String s, int max) {
        int len = s.length();
        byte[] out = new byte[(int) Math.min(max, Math.min(Integer.MAX_VALUE - 8, 3L * len))];
        int end = out.length;
        int p = 0;
        for (int i = 0; i < len; i++) {
            int c = s.charAt(i);
            if (c < 0x80) {
                if (p >= end) {
                    break;
                }
                out[p++] = (byte) c;
                continue;
            }
            if (c < 0x800) {
                if (p + 2 > end) {
                    break;
                }
                out[p++] = (byte) (0xc0 | c >> 6);
                out[p++] = (byte) (0x80 | c & 0x3f);
                continue;
            }
            if (Character.isSurrogate((char) c)) {
                char d = i + 1 < len ? s.charAt(i + 1) : 0;
                if (Character.isHighSurrogate((char) c) && Character.isLowSurrogate(d)) {
                    if (p + 4 > end) {
                        break;
                    }
                    int cp = Character.toCodePoint((char) c, d);
                    out[p++] = (byte) (0xf0 | cp >> 18);
                    out[p++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    out[p++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    out[p++] = (byte) (0x80 | cp & 0x3f);
                    i++;
                    continue;
                }
                c = 0xfffd;
            }
            if (p + 3 > end) {
                break;
            }
            out[p++] = (byte) (0xe0 | c >> 12);
            out[p++] = (byte) (0x80 | c >> 6 & 0x3f);
            out[p++] = (byte) (0x80 | c & 0x3f);
        }
        return ByteBuffer.wrap(out, 0, p).slice();
    }

    /** WHATWG UTF-8 decode of {@code bytes[start, end)}. */
    static String decodeUtf8(byte[] bytes, int start, int end) {
        char[] out = new char[end - start];
        int k = 0;
        int i = start;
        while (i < end) {
            int b = bytes[i++] & 0xff;
            if (b < 0x80) {
                out[k++] = (char) b;
                continue;
            }
            int need;
            int lower = 0x80;
            int upper = 0xbf;
            int cp;
            if (b >= 0xc2 && b <= 0xdf) {
                need = 1;
                cp = b & 0x1f;
            } else if (b >= 0xe0 && b <= 0xef) {
                need = 2;
                cp = b & 0x0f;
                if (b == 0xe0) {
                    lower = 0xa0;
                } else if (b == 0xed) {
                    upper = 0x9f;
                }
            } else if (b >= 0xf0 && b <= 0xf4) {
                need = 3;
                cp = b & 0x07;
                if (b == 0xf0) {
                    lower = 0x90;
                } else if (b == 0xf4) {
                    upper = 0x8f;
                }
            } else {
                out[k++] = '\ufffd';
                continue;
            }
            boolean ok = true;
            for (int j = 0; j < need; j++) {
                int c = i < end ? bytes[i] & 0xff : -1;
                if (c < lower || c > upper) {
                    ok = false;
                    break;
                }
                lower = 0x80;
                upper = 0xbf;
                cp = cp << 6 | c & 0x3f;
                i++;
            }
            if (!ok) {
                out[k++] = '\ufffd';
            } else if (cp >= 0x10000) {
                out[k++] = Character.highSurrogate(cp);
                out[k++] = Character.lowSurrogate(cp);
            } else {
                out[k++] = (char) cp;
            }
        }
        return new String(out, 0, k);
    }
}
