package io.node4j.runtime.bindings.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** ML keys expanded from their seeds, and DSA signatures over digests the JDK's DSA refuses. */
class NewKeyTypesTest {
    private static final byte[] MESSAGE = "node4j".getBytes(StandardCharsets.UTF_8);

    @Test
    void mlKeyFromSeedIsTheSameKeyEachTime() throws Exception {
        byte[] seed = new byte[64];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = (byte) i;
        }
        KeyHandle a = Keys.mlFromSeed("ml-kem-768", seed);
        KeyHandle b = Keys.mlFromSeed("ml-kem-768", seed);
        assertEquals("ml-kem-768", a.asymmetricKeyType());
        assertArrayEquals(a.pkcs8(), b.pkcs8());
        assertEquals(1184, a.rawPublicBytes().length);
        assertTrue(a.equalsKey(Keys.fromDer(a.pkcs8(), "pkcs8", true)));
    }

    @Test
    void mlDsaSignsWithANullDigestAndVerifies() throws Exception {
        KeyHandle k = Keys.mlFromSeed("ml-dsa-44", new byte[32]);
        byte[] sig = Asymmetric.sign(k, null, MESSAGE, 1, -2, false, null);
        assertEquals(2420, sig.length);
        assertTrue(Asymmetric.verify(k.toPublic(), null, MESSAGE, sig, 1, -2, false, null));
        assertFalse(Asymmetric.verify(k.toPublic(), null, new byte[1], sig, 1, -2, false, null));
    }

    @Test
    void dsaSignsSha1WithA256BitDivisorInBothEncodings() throws Exception {
        KeyHandle[] pair = Dsa.generate(1024, 256);
        for (boolean p1363 : new boolean[] {false, true}) {
            byte[] sig = Dsa.sign(pair[1], "SHA-1", MESSAGE, p1363);
            assertTrue(Dsa.verify(pair[0], "SHA-1", MESSAGE, sig, p1363));
            assertFalse(Dsa.verify(pair[0], "SHA-256", MESSAGE, sig, p1363));
            assertFalse(Dsa.verify(pair[0], "SHA-1", MESSAGE, sig, !p1363));
        }
        assertArrayEquals(new Object[] {1024, 256}, pair[0].details());
    }
}
