package io.node4j.runtime.bindings.crypto;

/**
 * Argon2 (RFC 9106), version 0x13, in its three variants: argon2d (reference blocks chosen by the data),
 * argon2i (chosen by a counter, independent of the data) and argon2id (independent in the first half
 * of the first pass, then by the data).
 *
 * <p>Memory is one {@code long[]} of 1 KiB blocks (128 little-endian 64-bit words), lane after lane.
 * Within a slice no lane reads what another lane writes in that slice, so computing the lanes one after
 * the other gives the result of computing them in parallel.
 */
public final class Argon2 {
    public static final int ARGON2D = 0;
    public static final int ARGON2I = 1;
    public static final int ARGON2ID = 2;

    private static final int VERSION = 0x13;
    private static final int WORDS = 128;
    private static final int SLICES = 4;
    /** Offsets of a row's 16 words, then of a column's (two adjacent words in each of the 8 rows). */
    private static final int[] ROW = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    private static final int[] COLUMN = {0, 1, 16, 17, 32, 33, 48, 49, 64, 65, 80, 81, 96, 97, 112, 113};

    private final int type;
    private final int lanes;
    private final int laneLength;
    private final int segmentLength;
    private final long passes;
    private final long[] memory;
    private final long[] r = new long[WORDS];
    private final long[] keep = new long[WORDS];

    /** The variant named {@code name} ("argon2d", "argon2i", "argon2id"), or -1. */
    public static int type(String name) {
        return switch (name) {
            case "argon2d" -> ARGON2D;
            case "argon2i" -> ARGON2I;
            case "argon2id" -> ARGON2ID;
            default -> -1;
        };
    }

    /**
     * Thrown when the memory the parameters ask for cannot be had. The message is OpenSSL's reason:
     * "invalid memory size" when it is not less than the machine's memory (OpenSSL's own check), else
     * "malloc failure" (more than the JVM can give one array).
     */
    public static final class MemoryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MemoryException(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The tag for these inputs and parameters (validated by the caller: parallelism 1 to 2^24-1, memory
     * at least 8 KiB per lane, passes and tagLength at least 1 and 4).
     *
     * @throws MemoryException if the blocks do not fit in one Java array or the heap
     */
    public static byte[] derive(int type, byte[] message, byte[] nonce, byte[] secret, byte[] associatedData,
                                int parallelism, long tagLength, long memoryKiB, long passes) {
        if (memoryKiB >= machineMemoryKiB()) {
            throw new MemoryException("invalid memory size");
        }
        long blocks = memoryKiB / (SLICES * (long) parallelism) * SLICES * parallelism;
        if (blocks * WORDS > Integer.MAX_VALUE - 8 || tagLength > Integer.MAX_VALUE - 8) {
            throw new MemoryException("malloc failure");
        }
        long[] memory;
        try {
            memory = new long[(int) blocks * WORDS];
        } catch (OutOfMemoryError e) {
            throw new MemoryException("malloc failure");
        }
        Argon2 a = new Argon2(type, parallelism, (int) blocks, passes, memory);
        byte[] h0 = a.initialHash(message, nonce, secret, associatedData, (int) tagLength, memoryKiB);
        a.firstBlocks(h0);
        a.fill();
        return hPrime((int) tagLength, a.finalBlock());
    }

    /** MemTotal of /proc/meminfo, in KiB (unbounded if unreadable). */
    private static long machineMemoryKiB() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            // fall through
        }
        return Long.MAX_VALUE;
    }

    private Argon2(int type, int lanes, int blocks, long passes, long[] memory) {
        this.type = type;
        this.lanes = lanes;
        this.laneLength = blocks / lanes;
        this.segmentLength = laneLength / SLICES;
        this.passes = passes;
        this.memory = memory;
    }

    /** H0: BLAKE2b-512 of the parameters and the inputs, each input after its length. */
    private byte[] initialHash(byte[] message, byte[] nonce, byte[] secret, byte[] ad, int tagLength,
                               long memoryKiB) {
        Blake2b h = new Blake2b(64);
        updateLe32(h, lanes);
        updateLe32(h, tagLength);
        updateLe32(h, memoryKiB);
        updateLe32(h, passes);
        updateLe32(h, VERSION);
        updateLe32(h, type);
        for (byte[] part : new byte[][] {message, nonce, secret, ad}) {
            updateLe32(h, part.length);
            h.update(part);
        }
        return h.digest();
    }

    /** The first two blocks of each lane, from H0, the block's index and the lane. */
    private void firstBlocks(byte[] h0) {
        byte[] seed = new byte[72];
        System.arraycopy(h0, 0, seed, 0, 64);
        for (int lane = 0; lane < lanes; lane++) {
            for (int i = 0; i < 2; i++) {
                le32(seed, 64, i);
                le32(seed, 68, lane);
                byte[] block = hPrime(1024, seed);
                int at = (lane * laneLength + i) * WORDS;
                for (int w = 0; w < WORDS; w++) {
                    memory[at + w] = le64(block, 8 * w);
                }
            }
        }
    }

    private void fill() {
        for (long pass = 0; pass < passes; pass++) {
            for (int slice = 0; slice < SLICES; slice++) {
                for (int lane = 0; lane < lanes; lane++) {
                    fillSegment(pass, slice, lane);
                }
            }
        }
    }

    private void fillSegment(long pass, int slice, int lane) {
        boolean independent = type == ARGON2I || (type == ARGON2ID && pass == 0 && slice < 2);
        long[] input = null;
        long[] addresses = null;
        long[] zero = null;
        int start = pass == 0 && slice == 0 ? 2 : 0; // the first two blocks are made from H0
        if (independent) {
            input = new long[WORDS];
            addresses = new long[WORDS];
            zero = new long[WORDS];
            input[0] = pass;
            input[1] = lane;
            input[2] = slice;
            input[3] = (long) laneLength * lanes;
            input[4] = passes;
            input[5] = type;
            if (start != 0) {
                nextAddresses(input, addresses, zero);
            }
        }
        int current = lane * laneLength + slice * segmentLength + start;
        for (int i = start; i < segmentLength; i++, current++) {
            int previous = current % laneLength == 0 ? current + laneLength - 1 : current - 1;
            long pseudo;
            if (independent) {
                if (i % WORDS == 0) {
                    nextAddresses(input, addresses, zero);
                }
                pseudo = addresses[i % WORDS];
            } else {
                pseudo = memory[previous * WORDS];
            }
            int refLane = pass == 0 && slice == 0 ? lane : (int) Long.remainderUnsigned(pseudo >>> 32, lanes);
            int refIndex = referenceIndex(pass, slice, i, pseudo & 0xffffffffL, refLane == lane);
            compress(memory, previous * WORDS, memory, (refLane * laneLength + refIndex) * WORDS,
                    memory, current * WORDS, pass != 0);
        }
    }

    /** The next 128 pseudo-random words of data-independent addressing: G(0, G(0, input)). */
    private void nextAddresses(long[] input, long[] addresses, long[] zero) {
        input[6]++;
        compress(zero, 0, input, 0, addresses, 0, false);
        compress(zero, 0, addresses, 0, addresses, 0, false);
    }

    /** Which block of the reference lane block {@code i} of the segment refers to (RFC 9106, 3.4.1.2). */
    private int referenceIndex(long pass, int slice, int i, long j1, boolean sameLane) {
        long area;
        if (pass == 0) {
            if (slice == 0) {
                area = i - 1;
            } else if (sameLane) {
                area = (long) slice * segmentLength + i - 1;
            } else {
                area = (long) slice * segmentLength + (i == 0 ? -1 : 0);
            }
        } else if (sameLane) {
            area = laneLength - segmentLength + i - 1;
        } else {
            area = laneLength - segmentLength + (i == 0 ? -1 : 0);
        }
        long x = j1 * j1 >>> 32;
        long relative = area - 1 - (area * x >>> 32);
        long first = pass != 0 && slice != SLICES - 1 ? (long) (slice + 1) * segmentLength : 0;
        return (int) ((first + relative) % laneLength);
    }

    /**
     * The compression G: out = P(x ^ y) ^ (x ^ y), where P permutes the rows then the columns; with
     * {@code xor}, the old content of out is folded in too (passes after the first).
     */
    private void compress(long[] x, int xAt, long[] y, int yAt, long[] out, int outAt, boolean xor) {
        for (int k = 0; k < WORDS; k++) {
            long w = x[xAt + k] ^ y[yAt + k];
            r[k] = w;
            keep[k] = xor ? w ^ out[outAt + k] : w;
        }
        for (int row = 0; row < 8; row++) {
            permute(16 * row, ROW);
        }
        for (int column = 0; column < 8; column++) {
            permute(2 * column, COLUMN);
        }
        for (int k = 0; k < WORDS; k++) {
            out[outAt + k] = keep[k] ^ r[k];
        }
    }

    /**
     * BLAKE2b's round on 16 words of {@link #r} (at {@code base} plus {@code offsets}: a row or a column),
     * with Argon2's G, which adds twice the product of the low halves. Written out on locals: this is
     * where the time goes, and it is ~30% faster than the same round on an array under C1.
     */
    private void permute(int base, int[] offsets) {
        long[] w = r;
        long v0 = w[base + offsets[0]];
        long v1 = w[base + offsets[1]];
        long v2 = w[base + offsets[2]];
        long v3 = w[base + offsets[3]];
        long v4 = w[base + offsets[4]];
        long v5 = w[base + offsets[5]];
        long v6 = w[base + offsets[6]];
        long v7 = w[base + offsets[7]];
        long v8 = w[base + offsets[8]];
        long v9 = w[base + offsets[9]];
        long v10 = w[base + offsets[10]];
        long v11 = w[base + offsets[11]];
        long v12 = w[base + offsets[12]];
        long v13 = w[base + offsets[13]];
        long v14 = w[base + offsets[14]];
        long v15 = w[base + offsets[15]];
        v0 += v4 + 2 * (v0 & 0xffffffffL) * (v4 & 0xffffffffL);
        v12 = Long.rotateRight(v12 ^ v0, 32);
        v8 += v12 + 2 * (v8 & 0xffffffffL) * (v12 & 0xffffffffL);
        v4 = Long.rotateRight(v4 ^ v8, 24);
        v0 += v4 + 2 * (v0 & 0xffffffffL) * (v4 & 0xffffffffL);
        v12 = Long.rotateRight(v12 ^ v0, 16);
        v8 += v12 + 2 * (v8 & 0xffffffffL) * (v12 & 0xffffffffL);
        v4 = Long.rotateRight(v4 ^ v8, 63);
        v1 += v5 + 2 * (v1 & 0xffffffffL) * (v5 & 0xffffffffL);
        v13 = Long.rotateRight(v13 ^ v1, 32);
        v9 += v13 + 2 * (v9 & 0xffffffffL) * (v13 & 0xffffffffL);
        v5 = Long.rotateRight(v5 ^ v9, 24);
        v1 += v5 + 2 * (v1 & 0xffffffffL) * (v5 & 0xffffffffL);
        v13 = Long.rotateRight(v13 ^ v1, 16);
        v9 += v13 + 2 * (v9 & 0xffffffffL) * (v13 & 0xffffffffL);
        v5 = Long.rotateRight(v5 ^ v9, 63);
        v2 += v6 + 2 * (v2 & 0xffffffffL) * (v6 & 0xffffffffL);
        v14 = Long.rotateRight(v14 ^ v2, 32);
        v10 += v14 + 2 * (v10 & 0xffffffffL) * (v14 & 0xffffffffL);
        v6 = Long.rotateRight(v6 ^ v10, 24);
        v2 += v6 + 2 * (v2 & 0xffffffffL) * (v6 & 0xffffffffL);
        v14 = Long.rotateRight(v14 ^ v2, 16);
        v10 += v14 + 2 * (v10 & 0xffffffffL) * (v14 & 0xffffffffL);
        v6 = Long.rotateRight(v6 ^ v10, 63);
        v3 += v7 + 2 * (v3 & 0xffffffffL) * (v7 & 0xffffffffL);
        v15 = Long.rotateRight(v15 ^ v3, 32);
        v11 += v15 + 2 * (v11 & 0xffffffffL) * (v15 & 0xffffffffL);
        v7 = Long.rotateRight(v7 ^ v11, 24);
        v3 += v7 + 2 * (v3 & 0xffffffffL) * (v7 & 0xffffffffL);
        v15 = Long.rotateRight(v15 ^ v3, 16);
        v11 += v15 + 2 * (v11 & 0xffffffffL) * (v15 & 0xffffffffL);
        v7 = Long.rotateRight(v7 ^ v11, 63);
        v0 += v5 + 2 * (v0 & 0xffffffffL) * (v5 & 0xffffffffL);
        v15 = Long.rotateRight(v15 ^ v0, 32);
        v10 += v15 + 2 * (v10 & 0xffffffffL) * (v15 & 0xffffffffL);
        v5 = Long.rotateRight(v5 ^ v10, 24);
        v0 += v5 + 2 * (v0 & 0xffffffffL) * (v5 & 0xffffffffL);
        v15 = Long.rotateRight(v15 ^ v0, 16);
        v10 += v15 + 2 * (v10 & 0xffffffffL) * (v15 & 0xffffffffL);
        v5 = Long.rotateRight(v5 ^ v10, 63);
        v1 += v6 + 2 * (v1 & 0xffffffffL) * (v6 & 0xffffffffL);
        v12 = Long.rotateRight(v12 ^ v1, 32);
        v11 += v12 + 2 * (v11 & 0xffffffffL) * (v12 & 0xffffffffL);
        v6 = Long.rotateRight(v6 ^ v11, 24);
        v1 += v6 + 2 * (v1 & 0xffffffffL) * (v6 & 0xffffffffL);
        v12 = Long.rotateRight(v12 ^ v1, 16);
        v11 += v12 + 2 * (v11 & 0xffffffffL) * (v12 & 0xffffffffL);
        v6 = Long.rotateRight(v6 ^ v11, 63);
        v2 += v7 + 2 * (v2 & 0xffffffffL) * (v7 & 0xffffffffL);
        v13 = Long.rotateRight(v13 ^ v2, 32);
        v8 += v13 + 2 * (v8 & 0xffffffffL) * (v13 & 0xffffffffL);
        v7 = Long.rotateRight(v7 ^ v8, 24);
        v2 += v7 + 2 * (v2 & 0xffffffffL) * (v7 & 0xffffffffL);
        v13 = Long.rotateRight(v13 ^ v2, 16);
        v8 += v13 + 2 * (v8 & 0xffffffffL) * (v13 & 0xffffffffL);
        v7 = Long.rotateRight(v7 ^ v8, 63);
        v3 += v4 + 2 * (v3 & 0xffffffffL) * (v4 & 0xffffffffL);
        v14 = Long.rotateRight(v14 ^ v3, 32);
        v9 += v14 + 2 * (v9 & 0xffffffffL) * (v14 & 0xffffffffL);
        v4 = Long.rotateRight(v4 ^ v9, 24);
        v3 += v4 + 2 * (v3 & 0xffffffffL) * (v4 & 0xffffffffL);
        v14 = Long.rotateRight(v14 ^ v3, 16);
        v9 += v14 + 2 * (v9 & 0xffffffffL) * (v14 & 0xffffffffL);
        v4 = Long.rotateRight(v4 ^ v9, 63);
        w[base + offsets[0]] = v0;
        w[base + offsets[1]] = v1;
        w[base + offsets[2]] = v2;
        w[base + offsets[3]] = v3;
        w[base + offsets[4]] = v4;
        w[base + offsets[5]] = v5;
        w[base + offsets[6]] = v6;
        w[base + offsets[7]] = v7;
        w[base + offsets[8]] = v8;
        w[base + offsets[9]] = v9;
        w[base + offsets[10]] = v10;
        w[base + offsets[11]] = v11;
        w[base + offsets[12]] = v12;
        w[base + offsets[13]] = v13;
        w[base + offsets[14]] = v14;
        w[base + offsets[15]] = v15;
    }

    /** The XOR of every lane's last block, as bytes. */
    private byte[] finalBlock() {
        long[] c = new long[WORDS];
        for (int lane = 0; lane < lanes; lane++) {
            int at = (lane * laneLength + laneLength - 1) * WORDS;
            for (int w = 0; w < WORDS; w++) {
                c[w] ^= memory[at + w];
            }
        }
        byte[] bytes = new byte[WORDS * 8];
        for (int w = 0; w < WORDS; w++) {
            for (int b = 0; b < 8; b++) {
                bytes[8 * w + b] = (byte) (c[w] >>> (8 * b));
            }
        }
        return bytes;
    }

    /**
     * H' (RFC 9106, 3.3): BLAKE2b of any output length. Up to 64 bytes one digest of that length;
     * beyond, a chain of 64-byte digests of which the first halves are taken, then a last digest of what
     * remains.
     */
    static byte[] hPrime(int length, byte[] input) {
        byte[] prefix = new byte[4];
        le32(prefix, 0, length);
        if (length <= 64) {
            Blake2b h = new Blake2b(length);
            h.update(prefix);
            h.update(input);
            return h.digest();
        }
        byte[] out = new byte[length];
        Blake2b h = new Blake2b(64);
        h.update(prefix);
        h.update(input);
        byte[] chain = h.digest();
        int r = (length + 31) / 32 - 2;
        System.arraycopy(chain, 0, out, 0, 32);
        for (int i = 1; i < r; i++) {
            h.update(chain);
            chain = h.digest();
            System.arraycopy(chain, 0, out, 32 * i, 32);
        }
        Blake2b last = new Blake2b(length - 32 * r);
        last.update(chain);
        System.arraycopy(last.digest(), 0, out, 32 * r, length - 32 * r);
        return out;
    }

    private static void updateLe32(Blake2b h, long value) {
        byte[] b = new byte[4];
        le32(b, 0, (int) value);
        h.update(b);
    }

    private static void le32(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
        b[at + 2] = (byte) (value >>> 16);
        b[at + 3] = (byte) (value >>> 24);
    }

    private static long le64(byte[] b, int at) {
        long w = 0;
        for (int j = 7; j >= 0; j--) {
            w = w << 8 | (b[at + j] & 0xff);
        }
        return w;
    }
}
