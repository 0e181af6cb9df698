package io.node4j.runtime.bindings.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import javax.crypto.KEM;

/**
 * Key encapsulation, as crypto.encapsulate/decapsulate with OpenSSL 3's KEMs: RSASVE for RSA keys (NIST
 * SP 800-56B: a random secret z with 1 < z < n - 1, sent as z^e mod n) and DHKEM (RFC 9180, the JDK's
 * "DHKEM") for EC P-256/P-384/P-521, X25519 and X448 keys, and ML-KEM (FIPS 203, the JDK's) for ML-KEM keys.
 * Any failure is a {@link GeneralSecurityException}.
 */
public final class Kem {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Kem() {
    }

    /** A fresh shared secret and its encapsulation for {@code key}'s public half: [secret, ciphertext]. */
    public static byte[][] encapsulate(KeyHandle key) throws GeneralSecurityException {
        if (key.publicKey instanceof RSAPublicKey rsa) {
            BigInteger n = rsa.getModulus();
            int length = (n.bitLength() + 7) / 8;
            BigInteger z;
            do {
                z = new BigInteger(n.bitLength(), RANDOM);
            } while (z.compareTo(BigInteger.ONE) <= 0 || z.compareTo(n.subtract(BigInteger.ONE)) >= 0);
            return new byte[][] {Bytes.unsigned(z, length), Bytes.unsigned(z.modPow(rsa.getPublicExponent(), n), length)};
        }
        if (!dhkem(key) && !key.asymmetricType.startsWith("ml-kem")) {
            throw new GeneralSecurityException("no KEM for " + key.asymmetricType);
        }
        KEM.Encapsulated e = KEM.getInstance(kemName(key)).newEncapsulator(key.publicKey).encapsulate();
        return new byte[][] {e.key().getEncoded(), e.encapsulation()};
    }

    /** The shared secret {@code ciphertext} carries, recovered with the private {@code key}. */
    public static byte[] decapsulate(KeyHandle key, byte[] ciphertext) throws GeneralSecurityException {
        if (key.privateKey instanceof RSAPrivateKey rsa) {
            BigInteger n = rsa.getModulus();
            int length = (n.bitLength() + 7) / 8;
            if (ciphertext.length != length) {
                throw new GeneralSecurityException("RSASVE ciphertext length");
            }
            BigInteger c = new BigInteger(1, ciphertext);
            if (c.compareTo(BigInteger.ONE) <= 0 || c.compareTo(n.subtract(BigInteger.ONE)) >= 0) {
                throw new GeneralSecurityException("RSASVE ciphertext out of range");
            }
            return Bytes.unsigned(c.modPow(rsa.getPrivateExponent(), n), length);
        }
        if (key.privateKey == null || !dhkem(key) && !key.asymmetricType.startsWith("ml-kem")) {
            throw new GeneralSecurityException("no KEM for " + key.asymmetricType);
        }
        return KEM.getInstance(kemName(key)).newDecapsulator(key.privateKey).decapsulate(ciphertext).getEncoded();
    }

    private static String kemName(KeyHandle key) {
        return key.asymmetricType.startsWith("ml-kem") ? "ML-KEM" : "DHKEM";
    }

    /** Keys RFC 9180 has a DHKEM for: the three NIST curves, X25519 and X448 (OpenSSL refuses secp256k1). */
    private static boolean dhkem(KeyHandle key) {
        if ("x25519".equals(key.asymmetricType) || "x448".equals(key.asymmetricType)) {
            return true;
        }
        if (!"ec".equals(key.asymmetricType)) {
            return false;
        }
        String curve = key.curve().name;
        return "prime256v1".equals(curve) || "secp384r1".equals(curve) || "secp521r1".equals(curve);
    }
}
