package io.node4j.runtime.bindings.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.graalvm.polyglot.Value;

/**
 * Bytes between JS and Java. In: a JS string with Node's encoding name, an ArrayBuffer, or any
 * ArrayBuffer view (read with one bulk copy). Out: a direct ByteBuffer, which JS wraps as an
 * ArrayBuffer without copying ({@code new ArrayBuffer(byteBuffer)}).
 */
public final class Bytes {
    private Bytes() {}

    private static final byte[] EMPTY = new byte[0];

    /** The bytes of {@code v}: a string in {@code encoding} (utf8 when null), or an ArrayBuffer/view. */
    public static byte[] of(Value v, String encoding) {
        if (v == null || v.isNull()) {
            return EMPTY;
        }
        if (v.isString()) {
            return decode(v.asString(), encoding);
        }
        if (v.hasBufferElements()) {
            int n = (int) v.getBufferSize();
            byte[] out = new byte[n];
            if (n > 0) {
                v.readBuffer(0, out, 0, n);
            }
            return out;
        }
        Value buffer = v.getMember("buffer");
        long offset = v.getMember("byteOffset").asLong();
        int n = v.getMember("byteLength").asInt();
        byte[] out = new byte[n];
        if (n > 0) {
            buffer.readBuffer(offset, out, 0, n);
        }
        return out;
    }

    public static byte[] of(Value v) {
        return of(v, null);
    }

    /**
     * The bytes of {@code v} (an ArrayBuffer or view) without a copy where the engine lets Java reach
     * the buffer's memory (then the result views it: read it before JS runs again), else a copy;
     * a string in {@code encoding} is decoded.
     */
    static ByteBuffer view(Value v, String encoding) {
        if (v == null || v.isNull()) {
            return ByteBuffer.wrap(EMPTY);
        }
        if (v.isString()) {
            return ByteBuffer.wrap(decode(v.asString(), encoding));
        }
        Value buffer = v;
        long offset = 0;
        long length;
        if (v.hasBufferElements()) {
            length = v.getBufferSize();
        } else {
            buffer = v.getMember("buffer");
            offset = v.getMember("byteOffset").asLong();
            length = v.getMember("byteLength").asLong();
        }
        return io.node4j.runtime.EngineInternals.bytesOf(buffer, offset, (int) length);
    }

    /** A direct buffer holding {@code bytes}, for JS to view as an ArrayBuffer. */
    public static ByteBuffer out(byte[] bytes) {
        return out(bytes, 0, bytes.length);
    }

    public static ByteBuffer out(byte[] bytes, int offset, int length) {
        ByteBuffer b = ByteBuffer.allocateDirect(length);
        b.put(bytes, offset, length);
        b.clear();
        return b;
    }

    /** Node's string → bytes for the encodings crypto accepts (unknown names read as utf8). */
    public static byte[] decode(String s, String encoding) {
        String enc = normalize(encoding);
        switch (enc) {
            case "hex": {
                int n = s.length() / 2;
                byte[] out = new byte[n];
                int i = 0;
                for (; i < n; i++) {
                    int hi = Character.digit(s.charAt(2 * i), 16);
                    int lo = Character.digit(s.charAt(2 * i + 1), 16);
                    if (hi < 0 || lo < 0) {
                        break;
                    }
                    out[i] = (byte) (hi << 4 | lo);
                }
                return i == n ? out : java.util.Arrays.copyOf(out, i);
            }
            case "base64":
            case "base64url":
                return decodeBase64(s);
            case "latin1":
            case "ascii": {
                byte[] out = new byte[s.length()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = (byte) s.charAt(i);
                }
                return out;
            }
            case "utf16le": {
                byte[] out = new byte[s.length() * 2];
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    out[2 * i] = (byte) c;
                    out[2 * i + 1] = (byte) (c >> 8);
                }
                return out;
            }
            default:
                return s.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Lenient base64 (either alphabet, whitespace and padding ignored, stops at the first '='). */
    private static byte[] decodeBase64(String s) {
        byte[] out = new byte[s.length() * 3 / 4 + 3];
        int n = 0;
        int acc = 0;
        int bits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v;
            if (c >= 'A' && c <= 'Z') {
                v = c - 'A';
            } else if (c >= 'a' && c <= 'z') {
                v = c - 'a' + 26;
            } else if (c >= '0' && c <= '9') {
                v = c - '0' + 52;
            } else if (c == '+' || c == '-') {
                v = 62;
            } else if (c == '/' || c == '_') {
                v = 63;
            } else if (c == '=') {
                break;
            } else {
                continue;
            }
            acc = acc << 6 | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (acc >> bits);
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Node's bytes → string. */
    public static String encode(byte[] b, String encoding) {
        switch (normalize(encoding)) {
            case "hex": {
                char[] out = new char[b.length * 2];
                for (int i = 0; i < b.length; i++) {
                    out[2 * i] = Character.forDigit((b[i] >> 4) & 15, 16);
                    out[2 * i + 1] = Character.forDigit(b[i] & 15, 16);
                }
                return new String(out);
            }
            case "base64":
                return Base64.getEncoder().encodeToString(b);
            case "base64url":
                return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            case "latin1": {
                char[] out = new char[b.length];
                for (int i = 0; i < b.length; i++) {
                    out[i] = (char) (b[i] & 0xff);
                }
                return new String(out);
            }
            case "ascii": {
                char[] out = new char[b.length];
                for (int i = 0; i < b.length; i++) {
                    out[i] = (char) (b[i] & 0x7f);
                }
                return new String(out);
            }
            case "utf16le": {
                char[] out = new char[b.length / 2];
                for (int i = 0; i < out.length; i++) {
                    out[i] = (char) ((b[2 * i] & 0xff) | (b[2 * i + 1] & 0xff) << 8);
                }
                return new String(out);
            }
            default:
                return new String(b, StandardCharsets.UTF_8);
        }
    }

    static String normalize(String encoding) {
        if (encoding == null) {
            return "utf8";
        }
        return switch (encoding.toLowerCase(java.util.Locale.ROOT)) {
            case "hex" -> "hex";
            case "base64" -> "base64";
            case "base64url" -> "base64url";
            case "latin1", "binary" -> "latin1";
            case "ascii" -> "ascii";
            case "ucs2", "ucs-2", "utf16le", "utf-16le" -> "utf16le";
            default -> "utf8";
        };
    }

    /** Big-endian unsigned magnitude of {@code v}, without a sign byte. */
    public static byte[] unsigned(java.math.BigInteger v) {
        byte[] b = v.toByteArray();
        if (b.length > 1 && b[0] == 0) {
            return java.util.Arrays.copyOfRange(b, 1, b.length);
        }
        return b;
    }

    /** As {@link #unsigned(java.math.BigInteger)}, left-padded with zeros to {@code size} bytes. */
    public static byte[] unsigned(java.math.BigInteger v, int size) {
        byte[] b = unsigned(v);
        if (b.length >= size) {
            return b;
        }
        byte[] out = new byte[size];
        System.arraycopy(b, 0, out, size - b.length, b.length);
        return out;
    }
}
