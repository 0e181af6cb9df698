package io.node4j.runtime.bindings.crypto;

/**
 * PBKDF2 (RFC 8018), HKDF (RFC 5869) and scrypt (RFC 7914): PBKDF2 and scrypt by OpenSSL when it is in
 * use (see {@link OpenSsl}), else, as HKDF always, on {@link Hmac}.
 */
public final class Kdf {
    private Kdf() {}

    public static byte[] pbkdf2(String digest, byte[] password, byte[] salt, int iterations, int keylen) {
        OpenSsl ssl = OpenSsl.get();
        java.lang.foreign.MemorySegment md = ssl == null || digest.startsWith("SHAKE") ? null : ssl.digest(digest);
        if (md != null) {
            return ssl.pbkdf2(md, password, salt, iterations, keylen);
        }
        return pbkdf2Java(digest, password, salt, iterations, keylen);
    }

    static byte[] pbkdf2Java(String digest, byte[] password, byte[] salt, int iterations, int keylen) {
        Hmac prf = new Hmac(digest, password);
        int hlen = prf.size();
        byte[] out = new byte[keylen];
        byte[] counter = new byte[4];
        for (int block = 1, done = 0; done < keylen; block++) {
            counter[0] = (byte) (block >>> 24);
            counter[1] = (byte) (block >>> 16);
            counter[2] = (byte) (block >>> 8);
            counter[3] = (byte) block;
            prf.update(salt);
            prf.update(counter);
            byte[] u = prf.doFinal();
            byte[] t = u.clone();
            for (int i = 1; i < iterations; i++) {
                prf.update(u);
                u = prf.doFinal();
                for (int j = 0; j < hlen; j++) {
                    t[j] ^= u[j];
                }
            }
            int n = Math.min(hlen, keylen - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }

    public static byte[] hkdf(String digest, byte[] key, byte[] salt, byte[] info, int length) {
        Hmac extract = new Hmac(digest, salt.length == 0 ? new byte[new Digest(digest).defaultSize()] : salt);
        extract.update(key);
        byte[] prk = extract.doFinal();
        Hmac expand = new Hmac(digest, prk);
        byte[] out = new byte[length];
        byte[] t = new byte[0];
        for (int i = 1, done = 0; done < length; i++) {
            expand.update(t);
            expand.update(info);
            expand.update(new byte[] {(byte) i});
            t = expand.doFinal();
            int n = Math.min(t.length, length - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }

    /** Memory scrypt needs for these parameters, as OpenSSL counts it against maxmem. */
    public static double scryptMemory(double n, double r, double p) {
        return 128 * r * (n + p + 2);
    }

    public static byte[] scrypt(byte[] password, byte[] salt, int n, int r, int p, int keylen) {
        OpenSsl ssl = OpenSsl.get();
        if (ssl != null) {
            return ssl.scrypt(password, salt, n, r, p, keylen);
        }
        return scryptJava(password, salt, n, r, p, keylen);
    }

    static byte[] scryptJava(byte[] password, byte[] salt, int n, int r, int p, int keylen) {
        int blockBytes = 128 * r;
        byte[] b = pbkdf2Java("SHA-256", password, salt, 1, p * blockBytes);
        int words = 32 * r;
        int[] x = new int[words];
        int[] v = new int[words * n];
        int[] scratch = new int[words];
        for (int i = 0; i < p; i++) {
            int base = i * blockBytes;
            for (int k = 0; k < words; k++) {
                int o = base + 4 * k;
                x[k] = (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | (b[o + 3] & 0xff) << 24;
            }
            for (int j = 0; j < n; j++) {
                System.arraycopy(x, 0, v, j * words, words);
                blockMix(x, scratch, r);
            }
            for (int j = 0; j < n; j++) {
                int idx = x[(2 * r - 1) * 16] & (n - 1);
                for (int k = 0; k < words; k++) {
                    x[k] ^= v[idx * words + k];
                }
                blockMix(x, scratch, r);
            }
            for (int k = 0; k < words; k++) {
                int o = base + 4 * k;
                b[o] = (byte) x[k];
                b[o + 1] = (byte) (x[k] >>> 8);
                b[o + 2] = (byte) (x[k] >>> 16);
                b[o + 3] = (byte) (x[k] >>> 24);
            }
        }
        return pbkdf2Java("SHA-256", password, b, 1, keylen);
    }

    private static void blockMix(int[] b, int[] y, int r) {
        int[] x = new int[16];
        System.arraycopy(b, (2 * r - 1) * 16, x, 0, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) {
                x[k] ^= b[i * 16 + k];
            }
            salsa8(x);
            // Even blocks go to the first half of the output, odd ones to the second.
            int dest = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(x, 0, y, dest, 16);
        }
        System.arraycopy(y, 0, b, 0, 32 * r);
    }

    private static void salsa8(int[] b) {
        int[] x = b.clone();
        for (int i = 0; i < 8; i += 2) {
            quarter(x, 4, 0, 12, 8);
            quarter(x, 9, 5, 1, 13);
            quarter(x, 14, 10, 6, 2);
            quarter(x, 3, 15, 11, 7);
            quarter(x, 1, 0, 3, 2);
            quarter(x, 6, 5, 4, 7);
            quarter(x, 11, 10, 9, 8);
            quarter(x, 12, 15, 14, 13);
        }
        for (int i = 0; i < 16; i++) {
            b[i] += x[i];
        }
    }

    /** One Salsa20 quarter-round: a is updated from (b, c), then d from (a, b), and so on. */
    private static void quarter(int[] x, int a, int b, int c, int d) {
        x[a] ^= Integer.rotateLeft(x[b] + x[c], 7);
        x[d] ^= Integer.rotateLeft(x[a] + x[b], 9);
        x[c] ^= Integer.rotateLeft(x[d] + x[a], 13);
        x[b] ^= Integer.rotateLeft(x[c] + x[d], 18);
    }
}
