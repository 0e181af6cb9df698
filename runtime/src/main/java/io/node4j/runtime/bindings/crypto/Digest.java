package io.node4j.runtime.bindings.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;

/**
 * One running digest, by Node's (OpenSSL's) name: OpenSSL's when libcrypto is in use (see
 * {@link OpenSsl}; every canonical name here is also one of OpenSSL's), else a JCA MessageDigest (the
 * JDK's, or ours for RIPEMD-160, BLAKE2, SM3 and md5-sha1), or the Keccak sponge for the SHAKE XOFs.
 * {@link #lookup} maps every accepted spelling to one canonical name.
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
            Map.entry("shake128", "SHAKE128"), Map.entry("shake256", "SHAKE256"),
            Map.entry("ripemd160", "RIPEMD160"), Map.entry("ripemd", "RIPEMD160"), Map.entry("rmd160", "RIPEMD160"),
            Map.entry("rsa-ripemd160", "RIPEMD160"), Map.entry("ripemd160withrsa", "RIPEMD160"),
            Map.entry("ripemd-160", "RIPEMD160"), Map.entry("1.3.36.3.2.1", "RIPEMD160"),
            Map.entry("blake2b512", "BLAKE2B-512"), Map.entry("blake2b-512", "BLAKE2B-512"),
            Map.entry("1.3.6.1.4.1.1722.12.2.1.16", "BLAKE2B-512"),
            Map.entry("blake2s256", "BLAKE2S-256"), Map.entry("blake2s-256", "BLAKE2S-256"),
            Map.entry("1.3.6.1.4.1.1722.12.2.2.8", "BLAKE2S-256"),
            Map.entry("sm3", "SM3"), Map.entry("rsa-sm3", "SM3"), Map.entry("sm3withrsaencryption", "SM3"),
            Map.entry("1.2.156.10197.1.401", "SM3"),
            Map.entry("md5-sha1", "MD5-SHA1"));

    /** The canonical (JCA) name for a Node digest name, or null when it is not supported. */
    public static String lookup(String name) {
        return name == null ? null : NAMES.get(name.toLowerCase(Locale.ROOT));
    }

    /** Default output size in bytes (SHAKE128: 16, SHAKE256: 32, as OpenSSL). */
    public static int size(String canonical) {
        return new Digest(canonical, false).defaultSize();
    }

    /** Whether this digest is one of ours rather than the JDK's (so JCA Signatures cannot name it). */
    static boolean ownImplementation(String canonical) {
        return switch (canonical) {
            case "RIPEMD160", "BLAKE2B-512", "BLAKE2S-256", "SM3", "MD5-SHA1" -> true;
            default -> false;
        };
    }

    /** The input block size in bytes (for HMAC). */
    static int blockSize(String canonical) {
        return switch (canonical) {
            case "SHA-384", "SHA-512", "SHA-512/224", "SHA-512/256", "BLAKE2B-512" -> 128;
            case "SHA3-224" -> 144;
            case "SHA3-256" -> 136;
            case "SHA3-384" -> 104;
            case "SHA3-512" -> 72;
            case "SHAKE128" -> 168;
            case "SHAKE256" -> 136;
            default -> 64;
        };
    }

    private NativeDigest nat;
    private MessageDigest md;
    private Keccak xof;
    private final String canonical;

    public Digest(String canonical) {
        this(canonical, true);
    }

    /** A digest on OpenSSL when {@code openssl} and libcrypto has it, else on Java. */
    Digest(String canonical, boolean openssl) {
        this.canonical = canonical;
        nat = openssl ? NativeDigest.create(canonical) : null;
        if (nat != null) {
            return;
        }
        switch (canonical) {
            case "SHAKE128" -> xof = new Keccak(256, (byte) 0x1f);
            case "SHAKE256" -> xof = new Keccak(512, (byte) 0x1f);
            case "RIPEMD160" -> md = new Ripemd160();
            case "BLAKE2B-512" -> md = new Blake2b();
            case "BLAKE2S-256" -> md = new Blake2s();
            case "SM3" -> md = new Sm3();
            case "MD5-SHA1" -> md = new Md5Sha1();
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
        return canonical.startsWith("SHAKE");
    }

    /** Whether OpenSSL computes this digest. */
    boolean isNative() {
        return nat != null;
    }

    public int defaultSize() {
        if (isXof()) {
            return canonical.equals("SHAKE128") ? 16 : 32;
        }
        return nat != null ? nat.size() : md.getDigestLength();
    }

    public void update(byte[] b, int off, int len) {
        if (nat != null) {
            nat.update(b, off, len);
        } else if (xof != null) {
            xof.update(b, off, len);
        } else {
            md.update(b, off, len);
        }
    }

    public void update(byte[] b) {
        update(b, 0, b.length);
    }

    /** Feeds {@code b}'s remaining bytes (heap or direct), leaving it consumed. */
    void update(java.nio.ByteBuffer b) {
        if (nat != null) {
            nat.update(java.lang.foreign.MemorySegment.ofBuffer(b));
        } else if (xof != null) {
            byte[] copy = new byte[b.remaining()];
            b.get(copy);
            xof.update(copy, 0, copy.length);
        } else {
            md.update(b);
        }
        b.position(b.limit());
    }

    /** Finishes; {@code length} matters only for XOFs. */
    public byte[] digest(int length) {
        if (nat != null) {
            return nat.finish(isXof(), length);
        }
        return xof != null ? xof.squeeze(length) : md.digest();
    }

    public byte[] digest() {
        return digest(defaultSize());
    }

    @Override
    public Digest clone() {
        try {
            Digest d = (Digest) super.clone();
            if (nat != null) {
                d.nat = nat.copy();
            } else if (md != null) {
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
