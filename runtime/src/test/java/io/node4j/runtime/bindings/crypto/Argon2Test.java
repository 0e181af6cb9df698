package io.node4j.runtime.bindings.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** RFC 9106's test vectors (section 5), H' across its 64-byte boundary, and the memory limits. */
class Argon2Test {
    private static byte[] filled(int length, int value) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) value);
        return b;
    }

    private static String rfcVector(int type) {
        byte[] tag = Argon2.derive(type, filled(32, 1), filled(16, 2), filled(8, 3), filled(12, 4), 4, 32, 32, 3);
        return HexFormat.of().formatHex(tag);
    }

    @Test
    void rfc9106Vectors() {
        assertEquals("512b391b6f1162975371d30919734294f868e3be3984f3c1a13a4db9fabe4acb", rfcVector(Argon2.ARGON2D));
        assertEquals("c814d9d1dc7f37aa13f0d77f2494bda1c8de6b016dd388d29952a4c4672b6ce8", rfcVector(Argon2.ARGON2I));
        assertEquals("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659", rfcVector(Argon2.ARGON2ID));
    }

    @Test
    void variantNames() {
        assertEquals(Argon2.ARGON2D, Argon2.type("argon2d"));
        assertEquals(Argon2.ARGON2I, Argon2.type("argon2i"));
        assertEquals(Argon2.ARGON2ID, Argon2.type("argon2id"));
        assertEquals(-1, Argon2.type("argon2"));
    }

    @Test
    void longTagsChainDigestsWhoseFirstHalvesAreKept() {
        // H'(T, X) for T > 64: V1 = BLAKE2b-64(T || X), V(i+1) = BLAKE2b-64(V(i)); the first 32 bytes of each,
        // then a last digest of the T - 32r bytes left.
        byte[] x = filled(10, 7);
        for (int length : new int[] {65, 96, 97, 100, 1024}) {
            byte[] out = Argon2.hPrime(length, x);
            assertEquals(length, out.length);
            Blake2b h = new Blake2b(64);
            h.update(new byte[] {(byte) length, (byte) (length >>> 8), 0, 0});
            h.update(x);
            byte[] v1 = h.digest();
            assertEquals(HexFormat.of().formatHex(v1, 0, 32), HexFormat.of().formatHex(out, 0, 32));
            int r = (length + 31) / 32 - 2;
            byte[] chain = v1;
            for (int i = 1; i < r; i++) {
                chain = new Blake2b(64).digest(chain);
            }
            byte[] last = new Blake2b(length - 32 * r).digest(chain);
            assertEquals(HexFormat.of().formatHex(last), HexFormat.of().formatHex(out, 32 * r, length));
        }
        assertEquals(HexFormat.of().formatHex(new Blake2b(20).digest(new byte[] {20, 0, 0, 0, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7})),
                HexFormat.of().formatHex(Argon2.hPrime(20, x)));
    }

    @Test
    void memoryBeyondTheMachineOrAnArrayIsRefused() {
        Argon2.MemoryException tooMuch = assertThrows(Argon2.MemoryException.class,
                () -> Argon2.derive(Argon2.ARGON2ID, new byte[0], filled(8, 0), new byte[0], new byte[0], 1, 32,
                        4294967295L, 1));
        assertEquals("invalid memory size", tooMuch.getMessage());
    }
}
