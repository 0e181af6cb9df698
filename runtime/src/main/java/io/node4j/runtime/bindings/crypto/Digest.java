package io.node4j.runtime.bindings.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;

/**
 * One running digest, by Node's (OpenSSL's) name: a JCA MessageDigest, or the Keccak sponge for the
 * SHAKE XOFs. {@link #lookup} maps every accepted spelling to one canonical name.
 */
public final class Digest implements Cloneable {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("md5", "MD5"), Map.entry("rsa-md5", "MD5"), Map.entry("md5withrsaencryption", "MD5"),
            Map.entry("ssl3-md5", "MD5"),
            Map.entry("sha1", "SHA-1"), Map.entry("sha-1", "SHA-1"), Map.entry("rsa-sha1", "SHA-1"),
            Map.entry("sha1withrsaencryption", "SHA-1"), Map.entry("ssl3-sha1", "SHA-1"),
            Map.entry("rsa-sha1-2", "SHA-1"),
            Map.entry("sha224", "SHA-224"), Map.entry("sha-224", "SHA-224"), Map.entry("sha2-224", "SHA-224"),
            Map.entry("rsa-sha224", "SHA-224"), Map.entry("sha224withrsaencryption", "SHA-224"),
            Map.entry("sha256", "SHA-256"), Map.entry("sha-256", "SHA-256"), Map.entry("sha2-256", "SHA-256"),
            Map.entry("rsa-sha256", "SHA-256"), Map.entry("sha256withrsaencryption", "SHA-256"),
            Map.entry("sha384", "SHA-384"), Map.entry("sha-384", "SHA-384"), Map.entry("sha2-384", "SHA-384"),
            Map.entry("rsa-sha384", "SHA-384"), Map.entry("sha384withrsaencryption", "SHA-384"),
            Map.entry("sha512", "SHA-512"), Map.entry("sha-512", "SHA-512"), Map.entry("sha2-512", "SHA-512"),
            Map.entry("rsa-sha512", "SHA-512"), Map.entry("sha512withrsaencryption", "SHA-512"),
            Map.entry("sha512-224", "SHA-512/224"), Map.entry("sha-512/224", "SHA-512/224"),
            Map.entry("sha2-512/224", "SHA-512/224"), Map.entry("rsa-sha512/224", "SHA-512/224"),
            Map.entry("sha512-224withrsaencryption", "SHA-512/224"),
            Map.entry("sha512-256", "SHA-512/256"), Map.entry("sha-512/256", "SHA-512/256"),
            Map.entry("sha2-512/256", "SHA-512/256"), Map.entry("rsa-sha512/256", "SHA-512/256"),
            Map.entry("sha512-256withrsaencryption", "SHA-512/256"),
            Map.entry("sha3-224", "SHA3-224"), Map.entry("rsa-sha3-224", "SHA3-224"),
            Map.entry("id-rsassa-pkcs1-v1_5-with-sha3-224", "SHA3-224"),
            Map.entry("sha3-256", "SHA3-256"), Map.entry("rsa-sha3-256", "SHA3-256"),
            Map.entry("id-rsassa-pkcs1-v1_5-with-sha3-256", "SHA3-256"),
            Map.entry("sha3-384", "SHA3-384"), Map.entry("rsa-sha3-384", "SHA3-384"),
            Map.entry("id-rsassa-pkcs1-v1_5-with-sha3-384", "SHA3-384"),
            Map.entry("sha3-512", "SHA3-512"), Map.entry("rsa-sha3-512", "SHA3-512"),
            Map.entry("id-rsassa-pkcs1-v1_5-with-sha3-512", "SHA3-512"),
            Map.entry("shake128", "SHAKE128"), Map.entry("shake256", "SHAKE256"));

    /** The canonical (JCA) name for a Node digest name, or null when it is not supported. */
    public static String lookup(String name) {
        return name == null ? null : NAMES.get(name.toLowerCase(Locale.ROOT));
    }

    /** Default output size in bytes (SHAKE128: 16, SHAKE256: 32, as OpenSSL). */
    public static int size(String canonical) {
        return new Digest(canonical).defaultSize();
    }

    /** The input block size in bytes (for HMAC). */
    static int blockSize(String canonical) {
        return switch (canonical) {
            case "SHA-384", "SHA-512", "SHA-512/224", "SHA-512/256" -> 128;
            case "SHA3-224" -> 144;
            case "SHA3-256" -> 136;
            case "SHA3-384" -> 104;
            case "SHA3-512" -> 72;
            case "SHAKE128" -> 168;
            case "SHAKE256" -> 136;
            default -> 64;
        };
    }

    private MessageDigest md;
    private Keccak xof;
    private final String canonical;

    public Digest(String canonical) {
        this.canonical = canonical;
        switch (canonical) {
            case "SHAKE128" -> xof = new Keccak(256, (byte) 0x1f);
            case "SHAKE256" -> xof = new Keccak(512, (byte) 0x1f);
            default -> {
                try {
                    md = MessageDigest.getInstance(canonical);
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalArgumentException(canonical, e);
                }
            }
        }
    }

    public String canonical() {
        return canonical;
    }

    public boolean isXof() {
        return xof != null;
    }

    public int defaultSize() {
        if (xof != null) {
            return canonical.equals("SHAKE128") ? 16 : 32;
        }
        return md.getDigestLength();
    }

    public void update(byte[] b, int off, int len) {
        if (xof != null) {
            xof.update(b, off, len);
        } else {
            md.update(b, off, len);
        }
    }

    public void update(byte[] b) {
        update(b, 0, b.length);
    }

    /** Finishes; {@code length} matters only for XOFs. */
    public byte[] digest(int length) {
        return xof != null ? xof.squeeze(length) : md.digest();
    }

    public byte[] digest() {
        return digest(defaultSize());
    }

    @Override
    public Digest clone() {
        try {
            Digest d = (Digest) super.clone();
            if (md != null) {
                d.md = (MessageDigest) md.clone();
            } else {
                d.xof = xof.clone();
            }
            return d;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
