package io.node4j.runtime.bindings.crypto;

/**
 * SM3 (GB/T 32905-2016, draft-sca-cfrg-sm3): a 256-bit Merkle–Damgård hash whose 64 rounds use the
 * 68-word message expansion with permutation P1, the W' = W[j] ^ W[j+4] words, and permutation P0.
 */
final class Sm3 extends BlockDigest {
    private int[] v = new int[8];
    private int[] w = new int[68];

    Sm3() {
        super("SM3", 32, true);
        initState();
    }

    private static int p0(int x) {
        return x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
    }

    private static int p1(int x) {
        return x ^ Integer.rotateLeft(x, 15) ^ Integer.rotateLeft(x, 23);
    }

    @Override
    protected void compress() {
        System.arraycopy(words, 0, w, 0, 16);
        for (int j = 16; j < 68; j++) {
            w[j] = p1(w[j - 16] ^ w[j - 9] ^ Integer.rotateLeft(w[j - 3], 15))
                    ^ Integer.rotateLeft(w[j - 13], 7) ^ w[j - 6];
        }
        int a = v[0], b = v[1], c = v[2], d = v[3], e = v[4], f = v[5], g = v[6], hh = v[7];
        for (int j = 0; j < 64; j++) {
            int t = j < 16 ? 0x79cc4519 : 0x7a879d8a;
            int a12 = Integer.rotateLeft(a, 12);
            int ss1 = Integer.rotateLeft(a12 + e + Integer.rotateLeft(t, j % 32), 7);
            int ss2 = ss1 ^ a12;
            int ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
            int gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
            int tt1 = ff + d + ss2 + (w[j] ^ w[j + 4]);
            int tt2 = gg + hh + ss1 + w[j];
            d = c;
            c = Integer.rotateLeft(b, 9);
            b = a;
            a = tt1;
            hh = g;
            g = Integer.rotateLeft(f, 19);
            f = e;
            e = p0(tt2);
        }
        v[0] ^= a;
        v[1] ^= b;
        v[2] ^= c;
        v[3] ^= d;
        v[4] ^= e;
        v[5] ^= f;
        v[6] ^= g;
        v[7] ^= hh;
    }

    @Override
    protected int[] state() {
        return v;
    }

    @Override
    protected void initState() {
        v = new int[] {0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600,
            0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e};
    }

    @Override
    protected void cloneState() {
        v = v.clone();
        w = new int[68];
    }
}
