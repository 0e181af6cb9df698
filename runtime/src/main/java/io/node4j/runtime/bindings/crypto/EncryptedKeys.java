package io.node4j.runtime.bindings.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passphrase-protected private keys as OpenSSL 3 reads and writes them: PKCS#8 EncryptedPrivateKeyInfo
 * with PBES2 (RFC 8018: PBKDF2 with an HMAC PRF, then a block cipher), and the traditional PEM form whose
 * "Proc-Type: 4,ENCRYPTED" / "DEK-Info: CIPHER,IV" headers key the cipher with EVP_BytesToKey (one MD5
 * round, the IV's first 8 bytes as salt). Failures are {@link Keys.Unsupported} with the OpenSSL reason
 * lib/ turns into Node's error.
 */
final class EncryptedKeys {
    private EncryptedKeys() {}

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PBES2 = "1.2.840.113549.1.5.13";
    private static final String PBKDF2 = "1.2.840.113549.1.5.12";
    /** What OpenSSL 3 writes: hmacWithSHA256 and 2048 iterations, a 16-byte salt. */
    private static final String WRITE_PRF = "1.2.840.113549.2.9";
    private static final int WRITE_ITERATIONS = 2048;
    private static final Map<String, String> PRFS = Map.of(
            "1.2.840.113549.2.7", "SHA-1", "1.2.840.113549.2.8", "SHA-224", "1.2.840.113549.2.9", "SHA-256",
            "1.2.840.113549.2.10", "SHA-384", "1.2.840.113549.2.11", "SHA-512");

    /** The PBES2 encryption scheme OID of a cipher, or null when it has none. */
    private static String cipherOid(CipherSpec spec) {
        if (spec.name().equals("des-ede3-cbc")) {
            return "1.2.840.113549.3.7";
        }
        if (!spec.name().startsWith("aes-")) {
            return null;
        }
        int base = switch (spec.keyLength()) {
            case 16 -> 0;
            case 24 -> 20;
            default -> 40;
        };
        int mode = switch (spec.name().substring(8)) {
            case "ecb" -> 1;
            case "cbc" -> 2;
            case "ofb" -> 3;
            case "cfb" -> 4;
            default -> 0;
        };
        return mode == 0 ? null : "2.16.840.1.101.3.4.1." + (base + mode);
    }

    private static CipherSpec cipherOfOid(String oid) {
        for (String name : CipherSpec.names()) {
            CipherSpec spec = CipherSpec.lookup(name);
            if (oid.equals(cipherOid(spec))) {
                return spec;
            }
        }
        throw new Keys.Unsupported("unsupported cipher");
    }

    private static byte[] run(CipherSpec spec, boolean encrypt, byte[] key, byte[] iv, byte[] data) {
        try {
            Cipher c = Cipher.getInstance(spec.isPadded() ? spec.jca().replace("NoPadding", "PKCS5Padding") : spec.jca());
            SecretKeySpec k = new SecretKeySpec(key, spec.keyAlgorithm());
            int mode = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
            if (spec.ivLength() == 0) {
                c.init(mode, k);
            } else {
                c.init(mode, k, new IvParameterSpec(iv));
            }
            return c.doFinal(data);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Keys.Unsupported("bad decrypt");
        }
    }

    /** Whether a PKCS#8 DER is an EncryptedPrivateKeyInfo rather than a PrivateKeyInfo. */
    static boolean isEncryptedPkcs8(byte[] der) {
        try {
            return Der.parse(der).child(0).tag() == 0x30;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The PrivateKeyInfo inside an EncryptedPrivateKeyInfo. */
    static byte[] decryptPkcs8(byte[] der, byte[] passphrase) {
        Der.Node root = Der.parse(der);
        Der.Node alg = root.child(0);
        if (!alg.child(0).oid().equals(PBES2)) {
            throw new Keys.Unsupported("unsupported encryption");
        }
        Der.Node kdf = alg.child(1).child(0);
        Der.Node scheme = alg.child(1).child(1);
        if (!kdf.child(0).oid().equals(PBKDF2)) {
            throw new Keys.Unsupported("unsupported kdf");
        }
        var kdfParams = kdf.child(1).children();
        byte[] salt = kdfParams.get(0).content();
        int iterations = kdfParams.get(1).integer().intValueExact();
        String prf = "SHA-1";
        for (int i = 2; i < kdfParams.size(); i++) {
            if (kdfParams.get(i).tag() == 0x30) {
                prf = PRFS.get(kdfParams.get(i).child(0).oid());
                if (prf == null) {
                    throw new Keys.Unsupported("unsupported prf");
                }
            }
        }
        CipherSpec spec = cipherOfOid(scheme.child(0).oid());
        byte[] iv = scheme.children().size() > 1 ? scheme.child(1).content() : new byte[0];
        byte[] key = Kdf.pbkdf2(prf, passphrase, salt, iterations, spec.keyLength());
        byte[] plain = run(spec, false, key, iv, root.child(1).content());
        try {
            Der.parse(plain);
        } catch (RuntimeException e) {
            throw new Keys.Unsupported("bad decrypt");
        }
        return plain;
    }

    /** An EncryptedPrivateKeyInfo as OpenSSL 3 writes it (PBES2, PBKDF2 with HMAC-SHA256). */
    static byte[] encryptPkcs8(byte[] pkcs8, CipherSpec spec, byte[] passphrase) {
        if (spec.mode().equals("gcm")) {
            throw new Keys.Unsupported("cipher parameter error");
        }
        String oid = cipherOid(spec);
        if (oid == null) {
            throw new Keys.Unsupported("cipher has no object identifier");
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] iv = new byte[spec.ivLength()];
        RANDOM.nextBytes(iv);
        byte[] key = Kdf.pbkdf2("SHA-256", passphrase, salt, WRITE_ITERATIONS, spec.keyLength());
        byte[] kdf = Der.seq(Der.oid(PBKDF2), Der.seq(Der.octets(salt), Der.integer(WRITE_ITERATIONS),
                Der.seq(Der.oid(WRITE_PRF), Der.NULL)));
        byte[] scheme = Der.seq(Der.oid(oid), Der.octets(iv));
        return Der.seq(Der.seq(Der.oid(PBES2), Der.seq(kdf, scheme)), Der.octets(run(spec, true, key, iv, pkcs8)));
    }

    /** OpenSSL's EVP_BytesToKey with MD5 and one iteration: MD5 blocks chained over passphrase and salt. */
    private static byte[] bytesToKey(byte[] passphrase, byte[] salt, int length) {
        try {
            byte[] out = new byte[length];
            byte[] prev = new byte[0];
            for (int done = 0; done < length;) {
                MessageDigest md5 = MessageDigest.getInstance("MD5");
                md5.update(prev);
                md5.update(passphrase);
                md5.update(salt);
                prev = md5.digest();
                int n = Math.min(prev.length, length - done);
                System.arraycopy(prev, 0, out, done, n);
                done += n;
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The DER inside a traditional PEM body whose headers say "Proc-Type: 4,ENCRYPTED". */
    static byte[] decryptTraditional(String body, byte[] passphrase) {
        String dekInfo = null;
        int blank = body.indexOf("\n\n");
        String headers = blank < 0 ? body : body.substring(0, blank);
        for (String line : headers.split("\n")) {
            if (line.startsWith("DEK-Info:")) {
                dekInfo = line.substring(9).trim();
            }
        }
        if (dekInfo == null || blank < 0) {
            throw new Keys.Unsupported("bad header");
        }
        int comma = dekInfo.indexOf(',');
        CipherSpec spec = comma < 0 ? null : CipherSpec.lookup(dekInfo.substring(0, comma));
        if (spec == null) {
            throw new Keys.Unsupported("unsupported encryption");
        }
        byte[] iv = HexFormat.of().parseHex(dekInfo.substring(comma + 1).trim());
        byte[] encrypted = java.util.Base64.getMimeDecoder().decode(body.substring(blank + 2).trim());
        byte[] key = bytesToKey(passphrase, Arrays.copyOf(iv, 8), spec.keyLength());
        byte[] plain = run(spec, false, key, iv, encrypted);
        try {
            Der.parse(plain);
        } catch (RuntimeException e) {
            throw new Keys.Unsupported("bad decrypt");
        }
        return plain;
    }

    /** A traditional encrypted PEM ("RSA PRIVATE KEY", "EC PRIVATE KEY") of {@code der}. */
    static String encryptTraditional(String label, byte[] der, CipherSpec spec, byte[] passphrase) {
        if (spec.mode().equals("ecb") || spec.isAead()) {
            throw new Keys.Unsupported("unsupported cipher");
        }
        byte[] iv = new byte[spec.ivLength()];
        RANDOM.nextBytes(iv);
        byte[] key = bytesToKey(passphrase, Arrays.copyOf(iv, 8), spec.keyLength());
        String b64 = java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(run(spec, true, key, iv, der));
        return "-----BEGIN " + label + "-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: " + spec.name().toUpperCase(Locale.ROOT)
                + "," + HexFormat.of().withUpperCase().formatHex(iv) + "\n\n" + b64 + "\n-----END " + label + "-----\n";
    }
}
