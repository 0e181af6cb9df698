package io.node4j.runtime.bindings.crypto;

import java.security.MessageDigest;

/**
 * The Merkle–Damgård frame shared by RIPEMD-160 and SM3: 64-byte blocks, the message padded with 0x80,
 * zeros and its bit length in 8 bytes (little-endian for RIPEMD-160, big-endian for SM3). Subclasses
 * compress one block of 16 words and write out their chaining state.
 */
abstract class BlockDigest extends MessageDigest implements Cloneable {
    private final boolean bigEndian;
    private final int length;
    private byte[] block = new byte[64];
    private int used;
    private long bytes;
    protected int[] words = new int[16];

    protected BlockDigest(String name, int length, boolean bigEndian) {
        super(name);
        this.length = length;
        this.bigEndian = bigEndian;
    }

    /** Compresses {@link #words} into the chaining state. */
    protected abstract void compress();

    /** The chaining state, as words to serialise in the digest's byte order. */
    protected abstract int[] state();

    protected abstract void initState();

    @Override
    protected int engineGetDigestLength() {
        return length;
    }

    @Override
    protected void engineUpdate(byte input) {
        block[used++] = input;
        bytes++;
        if (used == 64) {
            processBlock(block, 0);
            used = 0;
        }
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int len) {
        bytes += len;
        if (used > 0) {
            int n = Math.min(len, 64 - used);
            System.arraycopy(input, offset, block, used, n);
            used += n;
            offset += n;
            len -= n;
            if (used < 64) {
                return;
            }
            processBlock(block, 0);
            used = 0;
        }
        for (; len >= 64; offset += 64, len -= 64) {
            processBlock(input, offset);
        }
        System.arraycopy(input, offset, block, 0, len);
        used = len;
    }

    private void processBlock(byte[] in, int off) {
        for (int i = 0; i < 16; i++, off += 4) {
            int a = in[off] & 0xff;
            int b = in[off + 1] & 0xff;
            int c = in[off + 2] & 0xff;
            int d = in[off + 3] & 0xff;
            words[i] = bigEndian ? a << 24 | b << 16 | c << 8 | d : d << 24 | c << 16 | b << 8 | a;
        }
        compress();
    }

    @Override
    protected byte[] engineDigest() {
        long bits = bytes << 3;
        byte[] pad = new byte[(used < 56 ? 56 : 120) - used + 8];
        pad[0] = (byte) 0x80;
        for (int i = 0; i < 8; i++) {
            int shift = bigEndian ? 56 - 8 * i : 8 * i;
            pad[pad.length - 8 + i] = (byte) (bits >>> shift);
        }
        engineUpdate(pad, 0, pad.length);
        int[] h = state();
        byte[] out = new byte[length];
        for (int i = 0; i < length / 4; i++) {
            for (int j = 0; j < 4; j++) {
                out[4 * i + j] = (byte) (h[i] >>> (bigEndian ? 24 - 8 * j : 8 * j));
            }
        }
        engineReset();
        return out;
    }

    @Override
    protected void engineReset() {
        used = 0;
        bytes = 0;
        initState();
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        BlockDigest copy = (BlockDigest) super.clone();
        copy.block = block.clone();
        copy.words = new int[16];
        copy.cloneState();
        return copy;
    }

    /** Replaces this (fresh) copy's state arrays with copies of its own. */
    protected abstract void cloneState();
}
