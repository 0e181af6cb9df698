package io.node4j.runtime.bindings;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Node's string encodings for the bindings that turn text into bytes and back in Java (fs reads and
 * writes whole files this way): utf8, latin1/binary, ascii, hex, base64, base64url, utf16le/ucs2.
 * Names arrive normalised by lib/ (lower case, Node's aliases). Decoding follows Buffer#toString
 * (ascii clears the high bit; invalid UTF-8 becomes U+FFFD per maximal subpart, as the JDK's decoder
 * does); encoding follows Buffer.from(string, enc) (hex stops at the first non-hex pair; base64 skips
 * characters outside its alphabet).
 */
final class Encodings {
    private Encodings() {
    }

    static byte[] encode(String text, String encoding) {
        return switch (encoding == null ? "utf8" : encoding) {
            case "latin1", "binary", "ascii" -> latin1(text);
            case "hex" -> hex(text);
            case "base64", "base64url" -> base64(text);
            case "utf16le", "ucs2" -> text.getBytes(StandardCharsets.UTF_16LE);
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
    }

    static String decode(ByteBuffer data, String encoding) {
        int n = data.remaining();
        return switch (encoding) {
            case "latin1", "binary" -> StandardCharsets.ISO_8859_1.decode(data).toString();
            case "ascii" -> {
                byte[] b = new byte[n];
                data.get(b);
                for (int i = 0; i < n; i++) {
                    b[i] &= 0x7f;
                }
                yield new String(b, StandardCharsets.ISO_8859_1);
            }
            case "hex" -> {
                StringBuilder sb = new StringBuilder(n * 2);
                for (int i = 0; i < n; i++) {
                    int v = data.get() & 0xff;
                    sb.append(Character.forDigit(v >> 4, 16)).append(Character.forDigit(v & 15, 16));
                }
                yield sb.toString();
            }
            case "base64" -> StandardCharsets.ISO_8859_1.decode(Base64.getEncoder().encode(data)).toString();
            case "base64url" -> StandardCharsets.ISO_8859_1.decode(
                    Base64.getUrlEncoder().withoutPadding().encode(data)).toString();
            case "utf16le", "ucs2" -> {
                ByteBuffer even = data.duplicate();
                even.limit(even.position() + (n & ~1));
                yield StandardCharsets.UTF_16LE.decode(even).toString();
            }
            default -> StandardCharsets.UTF_8.decode(data).toString();
        };
    }

    private static byte[] latin1(String text) {
        byte[] b = new byte[text.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) text.charAt(i);
        }
        return b;
    }

    private static byte[] hex(String text) {
        int pairs = text.length() / 2;
        byte[] b = new byte[pairs];
        int i = 0;
        for (; i < pairs; i++) {
            int hi = Character.digit(text.charAt(2 * i), 16);
            int lo = Character.digit(text.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                break;
            }
            b[i] = (byte) (hi << 4 | lo);
        }
        return i == pairs ? b : java.util.Arrays.copyOf(b, i);
    }

    private static byte[] base64(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                break;
            }
            if (c == '-') {
                clean.append('+');
            } else if (c == '_') {
                clean.append('/');
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/') {
                clean.append(c);
            }
        }
        if (clean.length() % 4 == 1) {
            clean.setLength(clean.length() - 1);
        }
        return Base64.getDecoder().decode(withoutPaddingNeeded(clean));
    }

    private static String withoutPaddingNeeded(StringBuilder s) {
        while (s.length() % 4 != 0) {
            s.append('=');
        }
        return s.toString();
    }
}
