package io.node4j.runtime.bindings.crypto;

import java.security.MessageDigest;

/**
 * BLAKE2b (RFC 7693), unkeyed: 128-byte blocks of 64-bit little-endian words, 12 rounds of G. The last
 * block is held back until digest() so it can carry the final flag. BLAKE2b-512 is OpenSSL's blake2b512;
 * shorter outputs (a different parameter block, not a truncation) serve Argon2.
 */
final class Blake2b extends MessageDigest implements Cloneable {
    /** RFC 7693 section 2.7: the message word schedule of each round (rounds 10 and 11 reuse 0 and 1). */
    static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};
    private static final long[] IV = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    /** The digest's length in bytes, 1 to 64. */
    private final int out;

    private long[] h = new long[8];
    private byte[] block = new byte[128];
    private int used;
    private long countLow;
    private long countHigh;
    private long[] v = new long[16];
    private long[] m = new long[16];

    Blake2b() {
        this(64);
    }

    /** BLAKE2b with an {@code outLength}-byte digest (1 to 64). */
    Blake2b(int outLength) {
        super("BLAKE2B-" + outLength * 8);
        if (outLength < 1 || outLength > 64) {
            throw new IllegalArgumentException("BLAKE2b output length " + outLength);
        }
        out = outLength;
        engineReset();
    }

    @Override
    protected int engineGetDigestLength() {
        return out;
    }

    @Override
    protected void engineReset() {
        h = IV.clone();
        h[0] ^= 0x01010000L ^ out;
        used = 0;
        countLow = 0;
        countHigh = 0;
    }

    @Override
    protected void engineUpdate(byte input) {
        engineUpdate(new byte[] {input}, 0, 1);
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int len) {
        while (len > 0) {
            if (used == 128) {
                count(128);
                compress(block, 0, false);
                used = 0;
            }
            // Whole blocks straight from the input, as long as one more byte follows them.
            while (used == 0 && len > 128) {
                count(128);
                compress(input, offset, false);
                offset += 128;
                len -= 128;
            }
            int n = Math.min(len, 128 - used);
            System.arraycopy(input, offset, block, used, n);
            used += n;
            offset += n;
            len -= n;
        }
    }

    private void count(int n) {
        countLow += n;
        if (Long.compareUnsigned(countLow, n) < 0) {
            countHigh++;
        }
    }

    @Override
    protected byte[] engineDigest() {
        count(used);
        java.util.Arrays.fill(block, used, 128, (byte) 0);
        compress(block, 0, true);
        byte[] digest = new byte[out];
        for (int i = 0; i < out; i++) {
            digest[i] = (byte) (h[i >> 3] >>> (8 * (i & 7)));
        }
        engineReset();
        return digest;
    }

    private void compress(byte[] in, int off, boolean last) {
        for (int i = 0; i < 16; i++) {
            long w = 0;
            for (int j = 7; j >= 0; j--) {
                w = w << 8 | (in[off + 8 * i + j] & 0xff);
            }
            m[i] = w;
        }
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= countLow;
        v[13] ^= countHigh;
        if (last) {
            v[14] = ~v[14];
        }
        for (int r = 0; r < 12; r++) {
            byte[] s = SIGMA[r % 10];
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

    private void g(int a, int b, int c, int d, long x, long y) {
        v[a] += v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] += v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        Blake2b copy = (Blake2b) super.clone();
        copy.h = h.clone();
        copy.block = block.clone();
        copy.v = new long[16];
        copy.m = new long[16];
        return copy;
    }
}
