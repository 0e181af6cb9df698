package io.node4j.runtime.bindings.crypto;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Just enough DER to read and write the key structures Node exports (PKCS#1, PKCS#8, SEC1, SPKI). */
final class Der {
    private Der() {}

    /** One decoded element: its tag, its content bytes, and (for constructed ones) its children. */
    record Node(int tag, byte[] content) {
        List<Node> children() {
            List<Node> out = new ArrayList<>();
            int[] pos = {0};
            while (pos[0] < content.length) {
                out.add(read(content, pos));
            }
            return out;
        }

        Node child(int i) {
            return children().get(i);
        }

        BigInteger integer() {
            return new BigInteger(content);
        }

        /** A BIT STRING's bits (the unused-bits byte dropped). */
        byte[] bits() {
            return java.util.Arrays.copyOfRange(content, 1, content.length);
        }

        String oid() {
            StringBuilder sb = new StringBuilder();
            long v = 0;
            for (int i = 0; i < content.length; i++) {
                v = v << 7 | (content[i] & 0x7f);
                if ((content[i] & 0x80) == 0) {
                    if (sb.isEmpty()) {
                        int first = (int) Math.min(2, v / 40);
                        sb.append(first).append('.').append(v - 40L * first);
                    } else {
                        sb.append('.').append(v);
                    }
                    v = 0;
                }
            }
            return sb.toString();
        }
    }

    static Node parse(byte[] der) {
        int[] pos = {0};
        Node n = read(der, pos);
        if (pos[0] != der.length) {
            throw new IllegalArgumentException("trailing data");
        }
        return n;
    }

    private static Node read(byte[] b, int[] pos) {
        int tag = b[pos[0]++] & 0xff;
        int len = b[pos[0]++] & 0xff;
        if (len >= 0x80) {
            int n = len & 0x7f;
            len = 0;
            for (int i = 0; i < n; i++) {
                len = len << 8 | (b[pos[0]++] & 0xff);
            }
        }
        if (len < 0 || pos[0] + len > b.length) {
            throw new IllegalArgumentException("bad length");
        }
        byte[] content = java.util.Arrays.copyOfRange(b, pos[0], pos[0] + len);
        pos[0] += len;
        return new Node(tag, content);
    }

    static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            body.writeBytes(p);
        }
        byte[] content = body.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int len = content.length;
        if (len < 0x80) {
            out.write(len);
        } else if (len < 0x100) {
            out.write(0x81);
            out.write(len);
        } else if (len < 0x10000) {
            out.write(0x82);
            out.write(len >> 8);
            out.write(len);
        } else {
            out.write(0x83);
            out.write(len >> 16);
            out.write(len >> 8);
            out.write(len);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    static byte[] seq(byte[]... parts) {
        return tlv(0x30, parts);
    }

    static byte[] integer(BigInteger v) {
        return tlv(0x02, v.toByteArray());
    }

    static byte[] integer(int v) {
        return integer(BigInteger.valueOf(v));
    }

    static byte[] octets(byte[] v) {
        return tlv(0x04, v);
    }

    static byte[] bits(byte[] v) {
        byte[] c = new byte[v.length + 1];
        System.arraycopy(v, 0, c, 1, v.length);
        return tlv(0x03, c);
    }

    static byte[] oid(String dotted) {
        String[] parts = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Integer.parseInt(parts[0]) * 40 + Integer.parseInt(parts[1]));
        for (int i = 2; i < parts.length; i++) {
            long v = Long.parseLong(parts[i]);
            int groups = 1;
            while ((v >> (7 * groups)) != 0) {
                groups++;
            }
            for (int g = groups - 1; g >= 0; g--) {
                out.write((int) ((v >> (7 * g)) & 0x7f) | (g > 0 ? 0x80 : 0));
            }
        }
        return tlv(0x06, out.toByteArray());
    }

    static final byte[] NULL = {0x05, 0x00};
}
