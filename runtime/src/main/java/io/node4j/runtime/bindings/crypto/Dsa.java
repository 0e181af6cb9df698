package io.node4j.runtime.bindings.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.interfaces.DSAParams;
import java.security.interfaces.DSAPrivateKey;
import java.security.interfaces.DSAPublicKey;
import java.security.spec.DSAPrivateKeySpec;
import java.security.spec.DSAPublicKeySpec;

/**
 * DSA (FIPS 186-4) as OpenSSL offers it: domain parameters of any modulus and divisor length, and
 * signatures over any digest. The JDK's generator knows only the four (L, N) pairs of FIPS 186-3 and its
 * Signature refuses digests shorter than q (SHA-1 with a 256-bit q), both of which OpenSSL allows, so
 * the arithmetic is done here; keys are still the JDK's DSA keys, so they encode as OpenSSL does.
 */
public final class Dsa {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Dsa() {}

    /** OpenSSL's default divisor length: 256 bits for moduli of 2048 bits and more, else 224. */
    static int defaultDivisorLength(int modulusLength) {
        return modulusLength >= 2048 ? 256 : 224;
    }

    /** A fresh key pair over new domain parameters: [public, private]. */
    static KeyHandle[] generate(int modulusLength, int divisorLength) throws GeneralSecurityException {
        if (divisorLength < 0) {
            divisorLength = defaultDivisorLength(modulusLength);
        }
        if (modulusLength < 512 || divisorLength < 160 || divisorLength >= modulusLength) {
            throw new GeneralSecurityException("invalid DSA parameter sizes");
        }
        BigInteger q = BigInteger.probablePrime(divisorLength, RANDOM);
        BigInteger twoQ = q.shiftLeft(1);
        BigInteger p;
        do {
            // p = X - (X mod 2q) + 1 is 1 mod 2q, so q divides p - 1.
            BigInteger x = new BigInteger(modulusLength, RANDOM).setBit(modulusLength - 1);
            p = x.subtract(x.mod(twoQ)).add(BigInteger.ONE);
        } while (p.bitLength() != modulusLength || !Primes.hasNoSmallFactor(p)
                || !p.isProbablePrime(64));
        BigInteger e = p.subtract(BigInteger.ONE).divide(q);
        BigInteger g = BigInteger.ONE;
        for (BigInteger h = BigInteger.TWO; g.equals(BigInteger.ONE); h = h.add(BigInteger.ONE)) {
            g = h.modPow(e, p);
        }
        BigInteger priv = randomBelow(q);
        KeyFactory f = KeyFactory.getInstance("DSA");
        var pub = f.generatePublic(new DSAPublicKeySpec(g.modPow(priv, p), p, q, g));
        var key = f.generatePrivate(new DSAPrivateKeySpec(priv, p, q, g));
        return new KeyHandle[] {KeyHandle.ofPublic(pub), KeyHandle.ofPrivate(key, pub)};
    }

    /** A uniform integer in [1, q - 1]. */
    private static BigInteger randomBelow(BigInteger q) {
        BigInteger k;
        do {
            k = new BigInteger(q.bitLength(), RANDOM);
        } while (k.signum() == 0 || k.compareTo(q) >= 0);
        return k;
    }

    /** The leftmost min(N, outlen) bits of the digest, as an integer (FIPS 186-4, 4.6). */
    private static BigInteger hashOf(String digest, byte[] data, BigInteger q) {
        Digest d = new Digest(digest == null ? "SHA-256" : digest);
        d.update(data);
        byte[] h = d.digest();
        BigInteger z = new BigInteger(1, h);
        int excess = h.length * 8 - q.bitLength();
        return excess > 0 ? z.shiftRight(excess) : z;
    }

    static byte[] sign(KeyHandle k, String digest, byte[] data, boolean p1363) {
        DSAPrivateKey key = (DSAPrivateKey) k.privateKey;
        DSAParams params = key.getParams();
        BigInteger p = params.getP();
        BigInteger q = params.getQ();
        BigInteger z = hashOf(digest, data, q);
        BigInteger r;
        BigInteger s;
        do {
            BigInteger nonce = randomBelow(q);
            r = params.getG().modPow(nonce, p).mod(q);
            s = nonce.modInverse(q).multiply(z.add(key.getX().multiply(r))).mod(q);
        } while (r.signum() == 0 || s.signum() == 0);
        int n = (q.bitLength() + 7) / 8;
        if (p1363) {
            byte[] out = new byte[2 * n];
            System.arraycopy(Bytes.unsigned(r, n), 0, out, 0, n);
            System.arraycopy(Bytes.unsigned(s, n), 0, out, n, n);
            return out;
        }
        return Der.seq(Der.integer(r), Der.integer(s));
    }

    static boolean verify(KeyHandle k, String digest, byte[] data, byte[] sig, boolean p1363) {
        DSAPublicKey key = (DSAPublicKey) k.publicKey;
        DSAParams params = key.getParams();
        BigInteger p = params.getP();
        BigInteger q = params.getQ();
        BigInteger r;
        BigInteger s;
        try {
            if (p1363) {
                int n = (q.bitLength() + 7) / 8;
                if (sig.length != 2 * n) {
                    return false;
                }
                r = new BigInteger(1, java.util.Arrays.copyOf(sig, n));
                s = new BigInteger(1, java.util.Arrays.copyOfRange(sig, n, 2 * n));
            } else {
                Der.Node seq = Der.parse(sig);
                if (seq.children().size() != 2) {
                    return false;
                }
                r = seq.child(0).integer();
                s = seq.child(1).integer();
                if (!java.util.Arrays.equals(Der.seq(Der.integer(r), Der.integer(s)), sig)) {
                    return false;
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        if (r.signum() <= 0 || r.compareTo(q) >= 0 || s.signum() <= 0 || s.compareTo(q) >= 0) {
            return false;
        }
        BigInteger w = s.modInverse(q);
        BigInteger u1 = hashOf(digest, data, q).multiply(w).mod(q);
        BigInteger u2 = r.multiply(w).mod(q);
        BigInteger v = params.getG().modPow(u1, p).multiply(key.getY().modPow(u2, p)).mod(p).mod(q);
        return v.equals(r);
    }
}
