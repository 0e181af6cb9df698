package io.node4j.runtime.bindings.crypto;

/**
 * The Keccak sponge for SHAKE128/256 with any output length, which the JDK's MessageDigest does not
 * offer. Round constants and rotation offsets are derived from FIPS 202's definitions (the rc LFSR and
 * the (x, y) → (y, 2x + 3y) walk) rather than tabulated.
 */
final class Keccak implements Cloneable {
    private static final long[] ROUND_CONSTANTS = new long[24];
    private static final int[] ROTATIONS = new int[25];

    static {
        for (int round = 0; round < 24; round++) {
            long rc = 0;
            for (int j = 0; j <= 6; j++) {
                if (rcBit(j + 7 * round)) {
                    rc |= 1L << ((1 << j) - 1);
                }
            }
            ROUND_CONSTANTS[round] = rc;
        }
        int x = 1;
        int y = 0;
        for (int t = 0; t < 24; t++) {
            ROTATIONS[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
            int nx = y;
            y = (2 * x + 3 * y) % 5;
            x = nx;
        }
    }

    private static boolean rcBit(int t) {
        if (t % 255 == 0) {
            return true;
        }
        int r = 1;
        for (int i = 1; i <= t % 255; i++) {
            r <<= 1;
            if ((r & 0x100) != 0) {
                r ^= 0x171;
            }
        }
        return (r & 1) != 0;
    }

    private long[] state = new long[25];
    private final int rate;
    private final byte pad;
    private byte[] block;
    private int used;

    /** {@code capacityBits}: 256 for SHAKE128, 512 for SHAKE256. */
    Keccak(int capacityBits, byte pad) {
        this.rate = 200 - capacityBits / 8;
        this.pad = pad;
        this.block = new byte[rate];
    }

    void update(byte[] in, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, rate - used);
            System.arraycopy(in, off, block, used, n);
            used += n;
            off += n;
            len -= n;
            if (used == rate) {
                absorb();
            }
        }
    }

    byte[] squeeze(int length) {
        java.util.Arrays.fill(block, used, rate, (byte) 0);
        block[used] ^= pad;
        block[rate - 1] ^= (byte) 0x80;
        absorb();
        byte[] out = new byte[length];
        int done = 0;
        while (true) {
            for (int i = 0; i < rate && done < length; i++, done++) {
                out[done] = (byte) (state[i >> 3] >>> (8 * (i & 7)));
            }
            if (done == length) {
                return out;
            }
            permute();
        }
    }

    private void absorb() {
        for (int i = 0; i < rate; i++) {
            state[i >> 3] ^= (block[i] & 0xffL) << (8 * (i & 7));
        }
        used = 0;
        permute();
    }

    private void permute() {
        long[] a = state;
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            a[0] ^= ROUND_CONSTANTS[round];
        }
    }

    @Override
    public Keccak clone() {
        try {
            Keccak k = (Keccak) super.clone();
            k.state = state.clone();
            k.block = block.clone();
            return k;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
