package io.node4j.runtime.bindings.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/** Signatures, RSA encryption and key agreement on {@link KeyHandle}s. */
public final class Asymmetric {
    private Asymmetric() {}

    public static final int PKCS1_PADDING = 1;
    public static final int NO_PADDING = 3;
    public static final int OAEP_PADDING = 4;
    public static final int PSS_PADDING = 6;

    private static String hashPart(String canonical) {
        return canonical.replace("SHA-", "SHA").replace("SHA512/", "SHA512/");
    }

    private static int modulusBytes(KeyHandle k) {
        RSAKey rsa = (RSAKey) (k.privateKey != null ? k.privateKey : k.publicKey);
        return (rsa.getModulus().bitLength() + 7) / 8;
    }

    private static int pssSalt(KeyHandle k, String digest, int saltLength) {
        int hLen = new Digest(digest).defaultSize();
        RSAKey rsa = (RSAKey) (k.privateKey != null ? k.privateKey : k.publicKey);
        int emLen = (rsa.getModulus().bitLength() - 1 + 7) / 8;
        return switch (saltLength) {
            case -1 -> hLen;
            case -2, -3 -> emLen - hLen - 2;
            default -> saltLength;
        };
    }

    private static Signature signature(KeyHandle k, String digest, int padding, int saltLength, boolean p1363,
                                       boolean signing, byte[] sigForAuto, byte[] context)
            throws GeneralSecurityException {
        switch (k.asymmetricType) {
            case "ed25519":
                return Signature.getInstance("Ed25519");
            case "ed448": {
                Signature s = Signature.getInstance("Ed448");
                if (context != null) {
                    s.setParameter(new java.security.spec.EdDSAParameterSpec(false, context));
                }
                return s;
            }
            case "ml-dsa-44", "ml-dsa-65", "ml-dsa-87":
                // The JDK's ML-DSA signs with the empty context only.
                if (context != null && context.length > 0) {
                    throw new CipherHandle.Failure("Context parameter is unsupported");
                }
                return Signature.getInstance("ML-DSA");
            case "ec":
                return Signature.getInstance(hashPart(digest == null ? "SHA-256" : digest) + "withECDSA"
                        + (p1363 ? "inP1363Format" : ""));
            default: {
                String d = digest == null ? "SHA-256" : digest;
                if (padding == PSS_PADDING || k.asymmetricType.equals("rsa-pss")) {
                    int salt = !signing && saltLength == -2 ? recoverPssSalt(k, d, sigForAuto) : pssSalt(k, d, saltLength);
                    if (salt < 0) {
                        return null;
                    }
                    Signature s = Signature.getInstance("RSASSA-PSS");
                    s.setParameter(new PSSParameterSpec(d, "MGF1", new MGF1ParameterSpec(d), salt, 1));
                    return s;
                }
                return Signature.getInstance(hashPart(d) + "withRSA");
            }
        }
    }

    /** ECDSA or RSA over a digest the JDK's Signature cannot name: see {@link PrehashedSignature}. */
    private static boolean prehashed(KeyHandle k, String digest) {
        return digest != null && Digest.ownImplementation(digest)
                && (k.asymmetricType.equals("ec") || k.asymmetricType.startsWith("rsa"));
    }

    private static boolean pss(KeyHandle k, int padding) {
        return padding == PSS_PADDING || k.asymmetricType.equals("rsa-pss");
    }

    public static byte[] sign(KeyHandle k, String digest, byte[] data, int padding, int saltLength, boolean p1363,
                              byte[] context) {
        if (k.asymmetricType.equals("dsa")) {
            return Dsa.sign(k, digest, data, p1363);
        }
        try {
            if (prehashed(k, digest)) {
                return PrehashedSignature.sign(k, digest, data, pss(k, padding), pss(k, padding)
                        ? pssSalt(k, digest, saltLength) : 0, p1363);
            }
            Signature s = signature(k, digest, padding, saltLength, p1363, true, null, context);
            s.initSign(k.privateKey);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new CipherHandle.Failure(e.getMessage());
        }
    }

    public static boolean verify(KeyHandle k, String digest, byte[] data, byte[] sig, int padding, int saltLength,
                                 boolean p1363, byte[] context) {
        if (k.asymmetricType.equals("dsa")) {
            return Dsa.verify(k, digest, data, sig, p1363);
        }
        try {
            if (prehashed(k, digest)) {
                boolean pss = pss(k, padding);
                int salt = !pss ? 0 : saltLength == -2 ? recoverPssSalt(k, digest, sig) : pssSalt(k, digest, saltLength);
                return salt >= 0 && PrehashedSignature.verify(k, digest, data, sig, pss, salt, p1363);
            }
            Signature s = signature(k, digest, padding, saltLength, p1363, false, sig, context);
            if (s == null) {
                return false;
            }
            s.initVerify(k.publicKey);
            s.update(data);
            return s.verify(sig);
        } catch (java.security.SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new CipherHandle.Failure(e.getMessage());
        }
    }

    /** RSA_PSS_SALTLEN_AUTO: the salt length the signature was made with, read back out of it; -1 if none. */
    private static int recoverPssSalt(KeyHandle k, String digest, byte[] sig) {
        RSAPublicKey pub = (RSAPublicKey) k.publicKey;
        int modBits = pub.getModulus().bitLength();
        int emBits = modBits - 1;
        int emLen = (emBits + 7) / 8;
        BigInteger m = new BigInteger(1, sig).modPow(pub.getPublicExponent(), pub.getModulus());
        byte[] em = Bytes.unsigned(m, emLen);
        int hLen = new Digest(digest).defaultSize();
        if (em.length != emLen || emLen < hLen + 2 || em[emLen - 1] != (byte) 0xbc) {
            return -1;
        }
        byte[] h = java.util.Arrays.copyOfRange(em, emLen - hLen - 1, emLen - 1);
        byte[] db = java.util.Arrays.copyOf(em, emLen - hLen - 1);
        byte[] mask = mgf1(digest, h, db.length);
        for (int i = 0; i < db.length; i++) {
            db[i] ^= mask[i];
        }
        db[0] &= (byte) (0xff >>> (8 * emLen - emBits));
        int i = 0;
        while (i < db.length && db[i] == 0) {
            i++;
        }
        return i < db.length && db[i] == 1 ? db.length - i - 1 : -1;
    }

    static byte[] mgf1(String digest, byte[] seed, int length) {
        byte[] out = new byte[length];
        for (int counter = 0, done = 0; done < length; counter++) {
            Digest d = new Digest(digest);
            d.update(seed);
            d.update(new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter});
            byte[] t = d.digest();
            int n = Math.min(t.length, length - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }

    /** publicEncrypt / privateDecrypt / privateEncrypt / publicDecrypt. */
    public static byte[] rsaCrypt(KeyHandle k, boolean usePrivate, boolean encrypt, int padding, String oaepHash,
                                  byte[] label, byte[] data) {
        try {
            Cipher c;
            java.security.Key key = usePrivate ? k.privateKey : k.publicKey;
            int mode = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
            if (padding == OAEP_PADDING) {
                c = Cipher.getInstance("RSA/ECB/OAEPPadding");
                c.init(mode, key, new OAEPParameterSpec(oaepHash, "MGF1", new MGF1ParameterSpec(oaepHash),
                        label == null || label.length == 0 ? PSource.PSpecified.DEFAULT : new PSource.PSpecified(label)));
            } else {
                c = Cipher.getInstance(padding == NO_PADDING ? "RSA/ECB/NoPadding" : "RSA/ECB/PKCS1Padding");
                c.init(mode, key);
            }
            if (padding == NO_PADDING && data.length != modulusBytes(k)) {
                throw new CipherHandle.Failure(encrypt ? "data too small for key size" : "data too large for modulus");
            }
            return c.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new CipherHandle.Failure(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** crypto.diffieHellman for ec, x25519, x448 and dh keys; dh secrets are padded to the prime's length. */
    public static byte[] agree(KeyHandle priv, KeyHandle pub) {
        if (priv.privateKey instanceof javax.crypto.interfaces.DHPrivateKey dh) {
            BigInteger p = dh.getParams().getP();
            BigInteger y = ((javax.crypto.interfaces.DHPublicKey) pub.publicKey).getY();
            return Bytes.unsigned(y.modPow(dh.getX(), p), (p.bitLength() + 7) / 8);
        }
        try {
            if (priv.asymmetricType.equals("ec")) {
                EcMath curve = priv.curve();
                ECPoint shared = curve.multiply(((ECPrivateKey) priv.privateKey).getS(), pub.ecPoint());
                return Bytes.unsigned(shared.getAffineX(), curve.fieldBytes);
            }
            KeyAgreement ka = KeyAgreement.getInstance("XDH");
            ka.init(priv.privateKey);
            ka.doPhase(pub.publicKey, true);
            return ka.generateSecret();
        } catch (GeneralSecurityException e) {
            throw new CipherHandle.Failure(e.getMessage());
        }
    }

    // ------------------------------------------------------------------ ECDH objects (raw bytes)

    /** A fresh [private scalar, uncompressed public point] on the curve. */
    public static byte[][] ecdhGenerate(String curveName) {
        try {
            EcMath curve = EcMath.of(curveName);
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec(curve.name.equals("prime256v1") ? "secp256r1" : curve.name));
            var kp = g.generateKeyPair();
            BigInteger d = ((ECPrivateKey) kp.getPrivate()).getS();
            return new byte[][] {Bytes.unsigned(d, curve.fieldBytes),
                curve.encode(((java.security.interfaces.ECPublicKey) kp.getPublic()).getW(), "uncompressed")};
        } catch (GeneralSecurityException e) {
            throw new CipherHandle.Failure(e.getMessage());
        }
    }

    /** The public point of a private scalar, or null when the scalar is out of range. */
    public static byte[] ecdhPublic(String curveName, byte[] priv, String format) {
        EcMath curve = EcMath.of(curveName);
        BigInteger d = new BigInteger(1, priv);
        if (d.signum() == 0 || d.compareTo(curve.spec.getOrder()) >= 0) {
            return null;
        }
        return curve.encode(curve.publicPoint(d), format);
    }

    /** The shared secret, or null when {@code pub} is not a point of the curve. */
    public static byte[] ecdhCompute(String curveName, byte[] priv, byte[] pub) {
        EcMath curve = EcMath.of(curveName);
        ECPoint q = curve.decode(pub);
        if (q == null) {
            return null;
        }
        return Bytes.unsigned(curve.multiply(new BigInteger(1, priv), q).getAffineX(), curve.fieldBytes);
    }

    /** ECDH.convertKey: the same point in another format, or null when it is not on the curve. */
    public static byte[] ecdhConvert(String curveName, byte[] key, String format) {
        EcMath curve = EcMath.of(curveName);
        ECPoint q = curve.decode(key);
        return q == null ? null : curve.encode(q, format);
    }
}
