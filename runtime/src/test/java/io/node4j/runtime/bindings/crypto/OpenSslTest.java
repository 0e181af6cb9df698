package io.node4j.runtime.bindings.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * OpenSSL's digests, KDFs and ciphers against known answers and against node4j's Java versions of the
 * same (which run where libcrypto is missing): both must give the same bytes and the same failures.
 */
class OpenSslTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final List<String> DIGESTS = List.of("MD5", "SHA-1", "SHA-224", "SHA-256", "SHA-384", "SHA-512",
            "SHA-512/224", "SHA-512/256", "SHA3-224", "SHA3-256", "SHA3-384", "SHA3-512", "SHAKE128", "SHAKE256",
            "RIPEMD160", "BLAKE2B-512", "BLAKE2S-256", "SM3", "MD5-SHA1");

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static void assumeOpenSsl() {
        assumeTrue(OpenSsl.get() != null, "libcrypto.so.3 is not on this machine");
    }

    @Test
    void libcryptoIsUsedWhereTheSystemHasIt() {
        boolean present = Stream.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64")
                .anyMatch(dir -> Files.exists(Path.of(dir, "libcrypto.so.3")));
        assumeTrue(present, "no libcrypto.so.3 in the usual places");
        assertNotNull(OpenSsl.get());
        assertTrue(new Digest("SHA-256").isNative());
    }

    @Test
    void digestsMatchKnownAnswers() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                HEX.formatHex(digest(new Digest("SHA-256"), "abc".getBytes(StandardCharsets.US_ASCII), 32)));
        assertEquals("7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26",
                HEX.formatHex(digest(new Digest("SHAKE128"), new byte[0], 32)));
        assertEquals("", HEX.formatHex(digest(new Digest("SHAKE256"), new byte[0], 0)));
    }

    private static byte[] digest(Digest d, byte[] input, int length) {
        d.update(input);
        return d.digest(length);
    }

    @Test
    void everyDigestGivesJavasBytes() {
        assumeOpenSsl();
        // Longer than one critical call's slice, with a ragged end.
        byte[][] inputs = {new byte[0], "abc".getBytes(StandardCharsets.US_ASCII), random(OpenSsl.SLICE * 2 + 13, 1)};
        for (String name : DIGESTS) {
            Digest probe = new Digest(name, true);
            assertTrue(probe.isNative() || name.equals("RIPEMD160"), name + " should run on OpenSSL");
            for (byte[] input : inputs) {
                for (int length : probe.isXof() ? new int[] {0, 7, 200} : new int[] {probe.defaultSize()}) {
                    byte[] expected = digest(new Digest(name, false), input, length);
                    assertArrayEquals(expected, digest(new Digest(name, true), input, length), name);
                }
            }
        }
    }

    @Test
    void aCopyGoesOnFromWhereTheOriginalWas() {
        assumeOpenSsl();
        for (String name : List.of("SHA-256", "SHA3-512", "SHAKE256")) {
            Digest d = new Digest(name, true);
            d.update("hello ".getBytes(StandardCharsets.US_ASCII));
            Digest copy = d.clone();
            d.update("world".getBytes(StandardCharsets.US_ASCII));
            copy.update("there".getBytes(StandardCharsets.US_ASCII));
            Digest whole = new Digest(name, false);
            whole.update("hello there".getBytes(StandardCharsets.US_ASCII));
            assertArrayEquals(whole.digest(32), copy.digest(32), name);
            Digest other = new Digest(name, false);
            other.update("hello world".getBytes(StandardCharsets.US_ASCII));
            assertArrayEquals(other.digest(32), d.digest(32), name);
        }
    }

    @Test
    void aFinishedDigestRefusesMoreWork() {
        assumeOpenSsl();
        Digest d = new Digest("SHA-256", true);
        d.digest();
        assertThrows(IllegalStateException.class, () -> d.update(new byte[1]));
        assertThrows(IllegalStateException.class, d::clone);
    }

    @Test
    void pbkdf2MatchesRfc6070AndJava() {
        byte[] password = "password".getBytes(StandardCharsets.US_ASCII);
        byte[] salt = "salt".getBytes(StandardCharsets.US_ASCII);
        assertEquals("4b007901b765489abead49d926f721d065a429c1", HEX.formatHex(Kdf.pbkdf2("SHA-1", password, salt, 4096, 20)));
        assertEquals(0, Kdf.pbkdf2("SHA-256", password, salt, 1, 0).length);
        for (String digest : List.of("SHA-256", "SHA-512", "SHA3-256", "MD5")) {
            assertArrayEquals(Kdf.pbkdf2Java(digest, password, salt, 1000, 100), Kdf.pbkdf2(digest, password, salt, 1000, 100),
                    digest);
        }
    }

    @Test
    void scryptMatchesRfc7914AndJava() {
        byte[] password = "password".getBytes(StandardCharsets.US_ASCII);
        byte[] salt = "NaCl".getBytes(StandardCharsets.US_ASCII);
        assertEquals("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830da"
                + "c727afb94a83ee6d8360cbdfa2cc0640", HEX.formatHex(Kdf.scrypt(password, salt, 1024, 8, 16, 64)));
        assertArrayEquals(Kdf.scryptJava(password, salt, 16384, 8, 1, 33), Kdf.scrypt(password, salt, 16384, 8, 1, 33));
        assertEquals(0, Kdf.scrypt(password, salt, 16, 1, 1, 0).length);
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }

    private record Sealed(byte[] data, byte[] tag) {}

    private static Sealed run(CipherSpec spec, boolean encrypt, boolean openssl, byte[] key, byte[] iv, byte[] input,
                              byte[] tag, boolean padding) {
        CipherHandle c = new CipherHandle(spec, encrypt, key, iv, 16, openssl);
        assertEquals(openssl, c.isNative(), spec.name());
        if (spec.isAead()) {
            c.setAAD("header".getBytes(StandardCharsets.US_ASCII));
            if (!encrypt) {
                c.setAuthTag(tag);
            }
        }
        if (!padding) {
            c.setAutoPadding(false);
        }
        // Two updates, so that a held-back block crosses between them.
        int half = input.length / 2;
        byte[] a = bytes(c.update(java.util.Arrays.copyOfRange(input, 0, half)));
        byte[] b = bytes(c.update(java.util.Arrays.copyOfRange(input, half, input.length)));
        byte[] f = bytes(c.doFinal());
        byte[] all = new byte[a.length + b.length + f.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(f, 0, all, a.length + b.length, f.length);
        ByteBuffer t = c.getAuthTag();
        return new Sealed(all, encrypt && t != null ? bytes(t) : null);
    }

    private static Set<CipherSpec> specs() {
        Set<CipherSpec> all = new LinkedHashSet<>();
        for (String name : CipherSpec.names()) {
            CipherSpec s = CipherSpec.lookup(name);
            if (!s.mode().equals("wrap")) {
                all.add(s);
            }
        }
        return all;
    }

    @Test
    void everyCipherGivesJcasBytesBothWays() {
        assumeOpenSsl();
        int[] lengths = {0, 1, 15, 16, 17, OpenSsl.SLICE + 5};
        for (CipherSpec spec : specs()) {
            byte[] key = random(spec.keyLength(), spec.nid());
            byte[] iv = random(spec.ivLength(), spec.nid() + 1);
            for (int length : lengths) {
                byte[] plain = random(length, length);
                Sealed jca = run(spec, true, false, key, iv, plain, null, true);
                Sealed ssl = run(spec, true, true, key, iv, plain, null, true);
                assertArrayEquals(jca.data(), ssl.data(), spec.name() + " " + length);
                assertArrayEquals(jca.tag(), ssl.tag(), spec.name() + " tag");
                assertArrayEquals(plain, run(spec, false, true, key, iv, ssl.data(), ssl.tag(), true).data(),
                        spec.name() + " decrypt " + length);
            }
        }
    }

    @Test
    void failuresAreOpenSslsReasonsAsJcaReportsThem() {
        assumeOpenSsl();
        CipherSpec cbc = CipherSpec.lookup("aes-128-cbc");
        byte[] iv = new byte[16];
        byte[] sealed = run(cbc, true, true, new byte[16], iv, random(40, 3), null, true).data();
        for (boolean openssl : new boolean[] {false, true}) {
            CipherHandle.Failure bad = assertThrows(CipherHandle.Failure.class,
                    () -> run(cbc, false, openssl, random(16, 9), iv, sealed, null, true));
            assertEquals("bad decrypt", bad.getMessage());
            CipherHandle.Failure ragged = assertThrows(CipherHandle.Failure.class,
                    () -> run(cbc, true, openssl, new byte[16], iv, new byte[5], null, false));
            assertEquals("wrong final block length", ragged.getMessage());
        }
        CipherSpec gcm = CipherSpec.lookup("aes-256-gcm");
        byte[] key = random(32, 4);
        Sealed s = run(gcm, true, true, key, new byte[12], random(50, 5), null, true);
        byte[] wrongTag = s.tag().clone();
        wrongTag[0] ^= 1;
        for (boolean openssl : new boolean[] {false, true}) {
            CipherHandle.Failure forged = assertThrows(CipherHandle.Failure.class,
                    () -> run(gcm, false, openssl, key, new byte[12], s.data(), wrongTag, true));
            assertEquals("Unsupported state or unable to authenticate data", forged.getMessage());
        }
    }
}
