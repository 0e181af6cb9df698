package io.node4j.runtime.bindings;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('buffer')}: bulk conversions between strings and bytes for large inputs
 * (lib/internal/buffer/codecs.js converts small ones itself). Bytes come in as an ArrayBuffer with an
 * offset and a length, read with one bulk copy ({@link Value#readBuffer}). Encoded bytes for a new
 * Buffer go back as a direct {@link ByteBuffer} that JS views as the Buffer's memory
 * ({@code new ArrayBuffer(result)}, no copy); bytes for an existing Buffer are written into its
 * ArrayBuffer eight at a time. Strings of ASCII output are built from bytes as Latin-1 (no char[]).
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

    // Encodings by number, as lib/internal/buffer/codecs.js passes them to encode/encodeInto.
    static final int UTF8 = 0;
    static final int LATIN1 = 1;
    static final int UCS2 = 2;
    static final int HEX = 3;
    static final int BASE64 = 4;

    /**
     * The bytes of {@code s} in encoding {@code kind}, whole characters only, at most {@code max}, at
     * the start of a direct ByteBuffer of {@code max} bytes, which lib/ wraps as a Buffer's memory
     * ({@code new ArrayBuffer(result.bytes)}) without copying it.
     */
    @Export
    public Encoded encode(int kind, String s, double max) {
        int limit = clamp(max);
        byte[] out = encodeBytes(kind, s, limit);
        ByteBuffer direct = ByteBuffer.allocateDirect(limit);
        direct.put(out).clear();
        return new Encoded(direct, out.length);
    }

    /**
     * What {@link #encode} made: memory of the size lib/ asked for (as Node allocates the estimated
     * length, so the Buffer's ArrayBuffer has that size) and how much of it holds bytes.
     */
    public static final class Encoded {
        @Export public final ByteBuffer bytes;
        @Export public final int length;

        Encoded(ByteBuffer bytes, int length) {
            this.bytes = bytes;
            this.length = length;
        }
    }

    /**
     * Writes the bytes of {@code s} in encoding {@code kind} (at most {@code max}) into
     * {@code arrayBuffer} at {@code offset}; returns how many. Eight bytes per interop write: the
     * polyglot API has no bulk write into a JS ArrayBuffer, and a typed-array copy from an ArrayBuffer
     * over Java memory goes element by element.
     */
    @Export
    public int encodeInto(int kind, String s, double max, Value arrayBuffer, double offset) {
        byte[] out = encodeBytes(kind, s, clamp(max));
        write(arrayBuffer, (long) offset, out, out.length);
        return out.length;
    }

    private static int clamp(double max) {
        return (int) Math.max(0, Math.min(max, Integer.MAX_VALUE - 8));
    }

    static byte[] encodeBytes(int kind, String s, int max) {
        return switch (kind) {
            case UTF8 -> utf8Bytes(s, max);
            case LATIN1 -> latin1Bytes(s, Math.min(s.length(), max));
            case UCS2 -> ucs2Bytes(s, Math.min(s.length(), max >>> 1));
            case HEX -> hexBytes(s, Math.min(s.length() >>> 1, max));
            case BASE64 -> base64Bytes(s, max);
            default -> throw new IllegalArgumentException("encoding " + kind);
        };
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
            .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** Copies {@code bytes[0, n)} into a JS ArrayBuffer at {@code offset}. */
    static void write(Value arrayBuffer, long offset, byte[] bytes, int n) {
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            arrayBuffer.writeBufferLong(java.nio.ByteOrder.LITTLE_ENDIAN, offset + i, (long) LONGS.get(bytes, i));
        }
        for (; i < n; i++) {
            arrayBuffer.writeBufferByte(offset + i, bytes[i]);
        }
    }

    /**
     * Copies {@code length} bytes between two ArrayBuffers, either of which may be given as the
     * {@link ByteBuffer} it views (memory a binding filled): those are read and written directly, JS
     * ArrayBuffers with one bulk read and eight bytes per write. Overlapping ranges copy as if through
     * a temporary copy.
     */
    @Export
    public void copy(Value from, double fromOffset, Value to, double toOffset, double length) {
        int n = (int) length;
        ByteBuffer source = byteBuffer(from);
        ByteBuffer target = byteBuffer(to);
        byte[] bytes = new byte[n];
        if (source != null) {
            source.get((int) fromOffset, bytes, 0, n);
        } else {
            from.readBuffer((long) fromOffset, bytes, 0, n);
        }
        if (target != null) {
            target.put((int) toOffset, bytes, 0, n);
        } else {
            write(to, (long) toOffset, bytes, n);
        }
    }

    private static ByteBuffer byteBuffer(Value v) {
        return v.isHostObject() && v.asHostObject() instanceof ByteBuffer b ? b : null;
    }

    /** Latin-1 bytes of the first {@code count} characters (each char's low byte). */
    static byte[] latin1Bytes(String s, int count) {
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            out[i] = (byte) s.charAt(i);
        }
        return out;
    }

    /** UTF-16LE of the first {@code count} code units. */
    static byte[] ucs2Bytes(String s, int count) {
        byte[] out = new byte[count * 2];
        for (int i = 0; i < count; i++) {
            char c = s.charAt(i);
            out[2 * i] = (byte) c;
            out[2 * i + 1] = (byte) (c >>> 8);
        }
        return out;
    }

    @Export
    public String utf8Decode(Value arrayBuffer, int offset, int length) {
        byte[] bytes = read(arrayBuffer, offset, length);
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return decodeUtf8(bytes, 0, length);
            }
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Each byte as one char, masked ({@code 0xff} for latin1, {@code 0x7f} for ascii). */
    @Export
    public String latin1Decode(Value arrayBuffer, int offset, int length, int mask) {
        byte[] bytes = read(arrayBuffer, offset, length);
        if (mask != 0xff) {
            for (int i = 0; i < length; i++) {
                bytes[i] &= (byte) mask;
            }
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
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

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

    @Export
    public String hexEncode(Value arrayBuffer, int offset, int length) {
        byte[] bytes = read(arrayBuffer, offset, length);
        byte[] out = new byte[length * 2];
        for (int i = 0; i < length; i++) {
            int b = bytes[i];
            out[2 * i] = HEX_DIGITS[(b >> 4) & 15];
            out[2 * i + 1] = HEX_DIGITS[b & 15];
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /**
     * Up to {@code count} bytes from hex pairs, stopping before the first pair that is not hex. Characters
     * above U+00FF become '?' in the Latin-1 copy, which is not hex either.
     */
    static byte[] hexBytes(String s, int count) {
        byte[] in = s.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[count];
        int n = 0;
        for (; n < count; n++) {
            int hi = HEX_VALUES[in[2 * n] & 0xff];
            int lo = HEX_VALUES[in[2 * n + 1] & 0xff];
            if ((hi | lo) < 0) {
                break;
            }
            out[n] = (byte) (hi << 4 | lo);
        }
        return n == count ? out : Arrays.copyOf(out, n);
    }

    private static final byte[] HEX_VALUES = new byte[256];

    static {
        Arrays.fill(HEX_VALUES, (byte) -1);
        for (int i = 0; i < 10; i++) {
            HEX_VALUES['0' + i] = (byte) i;
        }
        for (int i = 0; i < 6; i++) {
            HEX_VALUES['a' + i] = (byte) (10 + i);
            HEX_VALUES['A' + i] = (byte) (10 + i);
        }
    }

    @Export
    public String base64Encode(Value arrayBuffer, int offset, int length, boolean url) {
        byte[] bytes = read(arrayBuffer, offset, length);
        Base64.Encoder encoder = url ? Base64.getUrlEncoder().withoutPadding() : Base64.getEncoder();
        return encoder.encodeToString(bytes);
    }

    /**
     * Bytes of base64 or base64url text, at most {@code limit}: characters outside both alphabets are
     * skipped and the first '=' ends the data, as Node decodes. Works on a Latin-1 copy of the text
     * (characters above U+00FF become '?', skipped as they would be); whole groups of four alphabet
     * characters are decoded at once, the rest one character at a time.
     */
    static byte[] base64Bytes(String s, int limit) {
        byte[] in = s.getBytes(StandardCharsets.ISO_8859_1);
        int len = in.length;
        byte[] out = new byte[Math.min(limit, (int) ((len * 3L) >>> 2))];
        int n = 0;
        int i = 0;
        byte[] values = BASE64_VALUES;
        for (; i + 4 <= len && n + 3 <= out.length; i += 4) {
            int a = values[in[i] & 0xff];
            int b = values[in[i + 1] & 0xff];
            int c = values[in[i + 2] & 0xff];
            int d = values[in[i + 3] & 0xff];
            if ((a | b | c | d) < 0) {
                break;
            }
            int v = a << 18 | b << 12 | c << 6 | d;
            out[n] = (byte) (v >> 16);
            out[n + 1] = (byte) (v >> 8);
            out[n + 2] = (byte) v;
            n += 3;
        }
        int acc = 0;
        int bits = 0;
        for (; i < len && n < out.length; i++) {
            int c = in[i] & 0xff;
            if (c == '=') {
                break;
            }
            int v = values[c];
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
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static final byte[] BASE64_VALUES = new byte[256];

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
     * it, at positions that are multiples of {@code step}; -1 when absent. The haystack is read in
     * windows that grow from 64 KiB, so a match near the start costs little.
     */
    @Export
    public int indexOf(Value hay, int hayOffset, int hayLength, Value needle, int needleOffset,
                       int needleLength, int start, boolean forward, int step) {
        byte[] n = read(needle, needleOffset, needleLength);
        int window = FIRST_WINDOW;
        if (forward) {
            int i = start;
            if (step == 2 && (i & 1) != 0) {
                i++;
            }
            while (i + needleLength <= hayLength) {
                int end = (int) Math.min(hayLength, (long) i + window + needleLength - 1);
                byte[] w = read(hay, hayOffset + i, end - i);
                int last = w.length - needleLength;
                int j = find(w, 0, last, n, step);
                if (j >= 0) {
                    return i + j;
                }
                i += (last / step + 1) * step;
                window = Math.min(window << 1, LAST_WINDOW);
            }
            return -1;
        }
        int i = Math.min(start, hayLength - needleLength);
        if (step == 2 && (i & 1) != 0) {
            i--;
        }
        while (i >= 0) {
            int from = Math.max(0, i - window + 1);
            byte[] w = read(hay, hayOffset + from, i + needleLength - from);
            for (int j = i - from; j >= 0; j -= step) {
                if (w[j] == n[0] && Arrays.equals(w, j, j + needleLength, n, 0, needleLength)) {
                    return from + j;
                }
            }
            i -= ((i - from) / step + 1) * step;
            window = Math.min(window << 1, LAST_WINDOW);
        }
        return -1;
    }

    private static final int FIRST_WINDOW = 1 << 16;
    private static final int LAST_WINDOW = 1 << 22;

    /** First j in [0, last] stepping by {@code step} where {@code w} holds the needle; -1 if none. */
    static int find(byte[] w, int from, int last, byte[] n, int step) {
        byte first = n[0];
        int len = n.length;
        for (int j = from; j <= last; j += step) {
            if (w[j] == first && (len == 1 || Arrays.equals(w, j + 1, j + len, n, 1, len))) {
                return j;
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

    static byte[] utf8Bytes(String s, int max) {
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
        return p == out.length ? out : Arrays.copyOf(out, p);
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
