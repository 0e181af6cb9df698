package io.node4j.runtime.bindings.crypto;

import java.security.MessageDigest;

/**
 * BLAKE2s-256 (RFC 7693), unkeyed, as OpenSSL's blake2s256: 64-byte blocks of 32-bit little-endian
 * words, 10 rounds of G with rotations 16, 12, 8, 7. The last block waits for digest().
 */
final class Blake2s extends MessageDigest implements Cloneable {
    private static final int[] IV = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    private static final int OUT = 32;

    private int[] h = new int[8];
    private byte[] block = new byte[64];
    private int used;
    private long count;
    private int[] v = new int[16];
    private int[] m = new int[16];

    Blake2s() {
        super("BLAKE2S-256");
        engineReset();
    }

    @Override
    protected int engineGetDigestLength() {
        return OUT;
    }

    @Override
    protected void engineReset() {
        h = IV.clone();
        h[0] ^= 0x01010000 ^ OUT;
        used = 0;
        count = 0;
    }

    @Override
    protected void engineUpdate(byte input) {
        engineUpdate(new byte[] {input}, 0, 1);
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int len) {
        while (len > 0) {
            if (used == 64) {
                count += 64;
                compress(block, 0, false);
                used = 0;
            }
            while (used == 0 && len > 64) {
                count += 64;
                compress(input, offset, false);
                offset += 64;
                len -= 64;
            }
            int n = Math.min(len, 64 - used);
            System.arraycopy(input, offset, block, used, n);
            used += n;
            offset += n;
            len -= n;
        }
    }

    @Override
    protected byte[] engineDigest() {
        count += used;
        java.util.Arrays.fill(block, used, 64, (byte) 0);
        compress(block, 0, true);
        byte[] out = new byte[OUT];
        for (int i = 0; i < OUT; i++) {
            out[i] = (byte) (h[i >> 2] >>> (8 * (i & 3)));
        }
        engineReset();
        return out;
    }

    private void compress(byte[] in, int off, boolean last) {
        for (int i = 0; i < 16; i++) {
            int o = off + 4 * i;
            m[i] = (in[o] & 0xff) | (in[o + 1] & 0xff) << 8 | (in[o + 2] & 0xff) << 16 | (in[o + 3] & 0xff) << 24;
        }
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= (int) count;
        v[13] ^= (int) (count >>> 32);
        if (last) {
            v[14] = ~v[14];
        }
        for (int r = 0; r < 10; r++) {
            byte[] s = Blake2b.SIGMA[r];
            g(0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private void g(int a, int b, int c, int d, int x, int y) {
        v[a] += v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] += v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        Blake2s copy = (Blake2s) super.clone();
        copy.h = h.clone();
        copy.block = block.clone();
        copy.v = new int[16];
        copy.m = new int[16];
        return copy;
    }
}
