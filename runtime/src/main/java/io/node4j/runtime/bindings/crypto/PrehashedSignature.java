package io.node4j.runtime.bindings.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

/**
 * Signatures over the digests the JDK's Signature cannot name (RIPEMD-160, SM3, md5-sha1, BLAKE2): the
 * digest is computed here, then ECDSA signs it raw (NONEwithECDSA), and RSA applies the EMSA-PKCS1-v1_5
 * or EMSA-PSS encoding of RFC 8017 itself before the modular exponentiation.
 */
final class PrehashedSignature {
    private PrehashedSignature() {}

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * RFC 8017 section 9.2's DigestInfo prefixes; md5-sha1 (TLS 1.0) signs the bare 36 bytes. OpenSSL names
     * SM3 in its DigestInfo by the sm3WithRSAEncryption OID (1.2.156.10197.1.504), not SM3's own (.401).
     */
    private static byte[] digestInfoPrefix(String digest) {
        return switch (digest) {
            case "RIPEMD160" -> hex("3021300906052b2403020105000414");
            case "SM3" -> hex("3030300c06082a811ccf5501837805000420");
            case "MD5-SHA1" -> new byte[0];
            default -> null;
        };
    }

    private static byte[] hex(String s) {
        return java.util.HexFormat.of().parseHex(s);
    }

    /** Whether RSA PKCS#1 v1.5 can sign with this digest (OpenSSL refuses BLAKE2: "digest not allowed"). */
    static boolean rsaAllows(String digest) {
        return digestInfoPrefix(digest) != null;
    }

    private static byte[] hash(String digest, byte[] data) {
        Digest d = new Digest(digest);
        d.update(data);
        return d.digest();
    }

    static byte[] sign(KeyHandle k, String digest, byte[] data, boolean pss, int salt, boolean p1363)
            throws GeneralSecurityException {
        byte[] h = hash(digest, data);
        if (k.asymmetricType.equals("ec")) {
            Signature s = Signature.getInstance("NONEwithECDSA" + (p1363 ? "inP1363Format" : ""));
            s.initSign(k.privateKey);
            s.update(h);
            return s.sign();
        }
        RSAPrivateKey key = (RSAPrivateKey) k.privateKey;
        int modBits = key.getModulus().bitLength();
        byte[] em = pss ? pssEncode(digest, h, modBits - 1, salt) : pkcs1Encode(digest, h, (modBits + 7) / 8);
        BigInteger s = new BigInteger(1, em).modPow(key.getPrivateExponent(), key.getModulus());
        return Bytes.unsigned(s, (modBits + 7) / 8);
    }

    static boolean verify(KeyHandle k, String digest, byte[] data, byte[] sig, boolean pss, int salt, boolean p1363)
            throws GeneralSecurityException {
        byte[] h = hash(digest, data);
        if (k.asymmetricType.equals("ec")) {
            Signature s = Signature.getInstance("NONEwithECDSA" + (p1363 ? "inP1363Format" : ""));
            s.initVerify(k.publicKey);
            s.update(h);
            try {
                return s.verify(sig);
            } catch (java.security.SignatureException e) {
                return false;
            }
        }
        RSAPublicKey key = (RSAPublicKey) k.publicKey;
        int modBits = key.getModulus().bitLength();
        int k8 = (modBits + 7) / 8;
        BigInteger s = new BigInteger(1, sig);
        if (sig.length != k8 || s.compareTo(key.getModulus()) >= 0) {
            return false;
        }
        BigInteger m = s.modPow(key.getPublicExponent(), key.getModulus());
        if (!pss) {
            return Arrays.equals(Bytes.unsigned(m, k8), pkcs1Encode(digest, h, k8));
        }
        int emLen = (modBits - 1 + 7) / 8;
        byte[] em = Bytes.unsigned(m, emLen);
        return em.length == emLen && pssVerify(digest, h, em, modBits - 1, salt);
    }

    private static byte[] pkcs1Encode(String digest, byte[] h, int emLen) throws GeneralSecurityException {
        byte[] prefix = digestInfoPrefix(digest);
        int tLen = prefix.length + h.length;
        if (emLen < tLen + 11) {
            throw new CipherHandle.Failure("digest too big for rsa key");
        }
        byte[] em = new byte[emLen];
        em[1] = 1;
        Arrays.fill(em, 2, emLen - tLen - 1, (byte) 0xff);
        System.arraycopy(prefix, 0, em, emLen - tLen, prefix.length);
        System.arraycopy(h, 0, em, emLen - h.length, h.length);
        return em;
    }

    private static byte[] pssHashInput(String digest, byte[] h, byte[] salt) {
        Digest d = new Digest(digest);
        d.update(new byte[8]);
        d.update(h);
        d.update(salt);
        return d.digest();
    }

    private static byte[] pssEncode(String digest, byte[] h, int emBits, int saltLen) {
        int emLen = (emBits + 7) / 8;
        int hLen = h.length;
        if (emLen < hLen + saltLen + 2) {
            throw new CipherHandle.Failure("data too large for key size");
        }
        byte[] salt = new byte[saltLen];
        RANDOM.nextBytes(salt);
        byte[] hh = pssHashInput(digest, h, salt);
        byte[] db = new byte[emLen - hLen - 1];
        db[db.length - saltLen - 1] = 1;
        System.arraycopy(salt, 0, db, db.length - saltLen, saltLen);
        byte[] mask = Asymmetric.mgf1(digest, hh, db.length);
        for (int i = 0; i < db.length; i++) {
            db[i] ^= mask[i];
        }
        db[0] &= (byte) (0xff >>> (8 * emLen - emBits));
        byte[] em = Arrays.copyOf(db, emLen);
        System.arraycopy(hh, 0, em, db.length, hLen);
        em[emLen - 1] = (byte) 0xbc;
        return em;
    }

    private static boolean pssVerify(String digest, byte[] h, byte[] em, int emBits, int saltLen) {
        int emLen = em.length;
        int hLen = h.length;
        if (emLen < hLen + saltLen + 2 || em[emLen - 1] != (byte) 0xbc
                || (em[0] & ~(0xff >>> (8 * emLen - emBits))) != 0) {
            return false;
        }
        byte[] db = Arrays.copyOf(em, emLen - hLen - 1);
        byte[] hh = Arrays.copyOfRange(em, emLen - hLen - 1, emLen - 1);
        byte[] mask = Asymmetric.mgf1(digest, hh, db.length);
        for (int i = 0; i < db.length; i++) {
            db[i] ^= mask[i];
        }
        db[0] &= (byte) (0xff >>> (8 * emLen - emBits));
        int ps = db.length - saltLen - 1;
        for (int i = 0; i < ps; i++) {
            if (db[i] != 0) {
                return false;
            }
        }
        if (db[ps] != 1) {
            return false;
        }
        byte[] salt = Arrays.copyOfRange(db, db.length - saltLen, db.length);
        return java.security.MessageDigest.isEqual(hh, pssHashInput(digest, h, salt));
    }
}
