package io.node4j.runtime.bindings.crypto;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.interfaces.XECPrivateKey;
import java.security.spec.ECPoint;
import java.util.Arrays;
import java.util.Base64;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

/**
 * A KeyObject's key material: secret bytes, or a JCA public key, or a private key together with its
 * public half (kept so exports carry the public point as OpenSSL writes them). Exports are written
 * here, byte for byte as OpenSSL does, in PEM, DER and JWK.
 */
public final class KeyHandle {
    static final String RSA_OID = "1.2.840.113549.1.1.1";
    static final String EC_OID = "1.2.840.10045.2.1";
    static final String ED25519_OID = "1.3.101.112";
    static final String X25519_OID = "1.3.101.110";
    static final String DSA_OID = "1.2.840.10040.4.1";
    static final String DH_OID = "1.2.840.113549.1.3.1";
    static final String ED448_OID = "1.3.101.113";
    static final String X448_OID = "1.3.101.111";

    /** The OIDs of the named-parameter key types (OKP curves, ML-KEM, ML-DSA), by node's type name. */
    static final java.util.Map<String, String> NAMED_OIDS = java.util.Map.of(
            "ed25519", ED25519_OID, "x25519", X25519_OID, "ed448", ED448_OID, "x448", X448_OID,
            "ml-kem-512", "2.16.840.1.101.3.4.4.1", "ml-kem-768", "2.16.840.1.101.3.4.4.2",
            "ml-kem-1024", "2.16.840.1.101.3.4.4.3", "ml-dsa-44", "2.16.840.1.101.3.4.3.17",
            "ml-dsa-65", "2.16.840.1.101.3.4.3.18", "ml-dsa-87", "2.16.840.1.101.3.4.3.19");

    /** node's type name of a named-parameter key OID; null for others. */
    static String namedTypeOf(String oid) {
        for (var e : NAMED_OIDS.entrySet()) {
            if (e.getValue().equals(oid)) {
                return e.getKey();
            }
        }
        return null;
    }

    final String type;
    final String asymmetricType;
    final byte[] secret;
    final PublicKey publicKey;
    final PrivateKey privateKey;
    /** An EC private key read without its public point is written back without it, as OpenSSL does. */
    boolean writePublicPoint = true;
    /** ML-KEM (d || z) and ML-DSA (xi) private keys: the seed they were expanded from, as OpenSSL keeps it. */
    byte[] seed;

    private KeyHandle(String type, String asymmetricType, byte[] secret, PublicKey pub, PrivateKey priv) {
        this.type = type;
        this.asymmetricType = asymmetricType;
        this.secret = secret;
        this.publicKey = pub;
        this.privateKey = priv;
    }

    static KeyHandle secret(byte[] bytes) {
        return new KeyHandle("secret", null, bytes, null, null);
    }

    static KeyHandle ofPublic(PublicKey pub) {
        return new KeyHandle("public", kindOf(pub), null, pub, null);
    }

    static KeyHandle ofPrivate(PrivateKey priv, PublicKey pub) {
        return new KeyHandle("private", kindOf(priv), null, pub, priv);
    }

    static String kindOf(java.security.Key k) {
        return switch (k.getAlgorithm()) {
            case "RSA" -> "rsa";
            case "RSASSA-PSS" -> "rsa-pss";
            case "EC" -> "ec";
            // EdDSA, XDH, ML-KEM and ML-DSA keys name their variant in their parameters.
            default -> k instanceof java.security.AsymmetricKey ak
                    && ak.getParams() instanceof java.security.spec.NamedParameterSpec n
                    ? n.getName().toLowerCase(java.util.Locale.ROOT)
                    : k.getAlgorithm().toLowerCase(java.util.Locale.ROOT);
        };
    }

    boolean isOkp() {
        return asymmetricType.equals("ed25519") || asymmetricType.equals("x25519") || asymmetricType.equals("ed448")
                || asymmetricType.equals("x448");
    }

    /** ML-KEM and ML-DSA keys: JWK kty "AKP". */
    boolean isMl() {
        return asymmetricType.startsWith("ml-");
    }

    @Export
    public String type() {
        return type;
    }

    @Export
    public String asymmetricKeyType() {
        return asymmetricType;
    }

    @Export
    public int symmetricKeySize() {
        return secret == null ? 0 : secret.length;
    }

    @Export
    public ByteBuffer secretBytes() {
        return Bytes.out(secret);
    }

    /** rsa: [modulusLength, publicExponent as a decimal string]; ec: [namedCurve]; else empty. */
    @Export
    public Object[] details() {
        java.security.Key k = publicKey != null ? publicKey : privateKey;
        if (k instanceof RSAKey rsa) {
            BigInteger e = publicKey instanceof RSAPublicKey rp ? rp.getPublicExponent()
                    : ((RSAPrivateCrtKey) privateKey).getPublicExponent();
            return new Object[] {rsa.getModulus().bitLength(), e.toString()};
        }
        if (k instanceof java.security.interfaces.DSAKey dsa) {
            return new Object[] {dsa.getParams().getP().bitLength(), dsa.getParams().getQ().bitLength()};
        }
        if (asymmetricType.equals("ec")) {
            return new Object[] {curve().name};
        }
        return new Object[0];
    }

    /** ML keys read from an expanded key alone have no seed, so no JWK (whose "priv" is the seed). */
    @Export
    public boolean lacksSeed() {
        return privateKey != null && isMl() && seed == null;
    }

    @Export
    public KeyHandle toPublic() {
        return ofPublic(publicKey);
    }

    @Export
    public boolean equalsKey(KeyHandle other) {
        if (!type.equals(other.type)) {
            return false;
        }
        if (secret != null) {
            return java.security.MessageDigest.isEqual(secret, other.secret);
        }
        if (!Arrays.equals(spki(), other.spki())) {
            return false;
        }
        // An ML key with its seed and the same key without it are one key: compare the expanded keys.
        return privateKey == null || (isMl() ? Arrays.equals(mlExpandedKey(), other.mlExpandedKey())
                : Arrays.equals(pkcs8(), other.pkcs8()));
    }

    EcMath curve() {
        java.security.spec.ECParameterSpec spec = publicKey != null ? ((ECPublicKey) publicKey).getParams()
                : ((ECPrivateKey) privateKey).getParams();
        int bits = spec.getCurve().getField().getFieldSize();
        return EcMath.of(bits == 256 ? "prime256v1" : bits == 384 ? "secp384r1" : "secp521r1");
    }

    ECPoint ecPoint() {
        return ((ECPublicKey) publicKey).getW();
    }

    // ------------------------------------------------------------------ encodings

    byte[] spki() {
        if (publicKey instanceof javax.crypto.interfaces.DHPublicKey dh) {
            return Der.seq(dhAlgorithm(dh.getParams()), Der.bits(Der.integer(dh.getY())));
        }
        return publicKey.getEncoded();
    }

    /** PKCS#3's AlgorithmIdentifier, as OpenSSL writes it: the prime and generator, no length. */
    private static byte[] dhAlgorithm(javax.crypto.spec.DHParameterSpec params) {
        return Der.seq(Der.oid(DH_OID), Der.seq(Der.integer(params.getP()), Der.integer(params.getG())));
    }

    /** DH keys of the same group (prime and generator). */
    public boolean sameDhGroup(KeyHandle other) {
        var a = ((javax.crypto.interfaces.DHKey) publicKey).getParams();
        var b = ((javax.crypto.interfaces.DHKey) other.publicKey).getParams();
        return a.getP().equals(b.getP()) && a.getG().equals(b.getG());
    }

    byte[] pkcs1Public() {
        RSAPublicKey k = (RSAPublicKey) publicKey;
        return Der.seq(Der.integer(k.getModulus()), Der.integer(k.getPublicExponent()));
    }

    byte[] pkcs1Private() {
        RSAPrivateCrtKey k = (RSAPrivateCrtKey) privateKey;
        return Der.seq(Der.integer(0), Der.integer(k.getModulus()), Der.integer(k.getPublicExponent()),
                Der.integer(k.getPrivateExponent()), Der.integer(k.getPrimeP()), Der.integer(k.getPrimeQ()),
                Der.integer(k.getPrimeExponentP()), Der.integer(k.getPrimeExponentQ()),
                Der.integer(k.getCrtCoefficient()));
    }

    private byte[] ecScalar() {
        return Bytes.unsigned(((ECPrivateKey) privateKey).getS(), (curve().p.bitLength() + 7) / 8);
    }

    byte[] sec1(boolean withCurve) {
        EcMath c = curve();
        byte[] pub = writePublicPoint ? Der.tlv(0xa1, Der.bits(c.encode(ecPoint(), "uncompressed"))) : new byte[0];
        if (withCurve) {
            return Der.seq(Der.integer(1), Der.octets(ecScalar()), Der.tlv(0xa0, Der.oid(EcMath.oidOf(c.name))), pub);
        }
        return Der.seq(Der.integer(1), Der.octets(ecScalar()), pub);
    }

    byte[] okpPrivateBytes() {
        if (privateKey instanceof EdECPrivateKey ed) {
            return ed.getBytes().orElseThrow();
        }
        return ((XECPrivateKey) privateKey).getScalar().orElseThrow();
    }

    /** The raw public key of an OKP or ML key: the bits of its SubjectPublicKeyInfo. */
    byte[] rawPublicBytes() {
        return Der.parse(spki()).child(1).bits();
    }

    /**
     * The expanded private key of an ML key, as the JDK encodes it (PKCS#8 whose privateKey is an OCTET
     * STRING holding the expanded key).
     */
    byte[] mlExpandedKey() {
        return Der.parse(Der.parse(privateKey.getEncoded()).child(2).content()).content();
    }

    byte[] pkcs8() {
        return switch (asymmetricType) {
            case "rsa" -> Der.seq(Der.integer(0), Der.seq(Der.oid(RSA_OID), Der.NULL), Der.octets(pkcs1Private()));
            case "ec" -> Der.seq(Der.integer(0), Der.seq(Der.oid(EC_OID), Der.oid(EcMath.oidOf(curve().name))),
                    Der.octets(sec1(false)));
            case "ed25519", "x25519", "ed448", "x448" -> Der.seq(Der.integer(0),
                    Der.seq(Der.oid(NAMED_OIDS.get(asymmetricType))), Der.octets(Der.octets(okpPrivateBytes())));
            // OpenSSL's "both" form: the seed and the expanded key.
            case "ml-kem-512", "ml-kem-768", "ml-kem-1024", "ml-dsa-44", "ml-dsa-65", "ml-dsa-87" -> seed == null
                    ? privateKey.getEncoded()
                    : Der.seq(Der.integer(0), Der.seq(Der.oid(NAMED_OIDS.get(asymmetricType))),
                            Der.octets(Der.seq(Der.octets(seed), Der.octets(mlExpandedKey()))));
            case "dh" -> {
                var dh = (javax.crypto.interfaces.DHPrivateKey) privateKey;
                yield Der.seq(Der.integer(0), dhAlgorithm(dh.getParams()), Der.octets(Der.integer(dh.getX())));
            }
            default -> privateKey.getEncoded();
        };
    }

    /** DER in the given structure (spki, pkcs1, pkcs8, sec1); null when it does not apply to this key. */
    byte[] der(String structure) {
        boolean priv = type.equals("private");
        return switch (structure) {
            case "spki" -> priv ? null : spki();
            case "pkcs1" -> !asymmetricType.equals("rsa") ? null : priv ? pkcs1Private() : pkcs1Public();
            case "pkcs8" -> priv ? pkcs8() : null;
            case "sec1" -> priv && asymmetricType.equals("ec") ? sec1(true) : null;
            default -> null;
        };
    }

    @Export
    public ByteBuffer exportDer(String structure) {
        byte[] der = der(structure);
        return der == null ? null : Bytes.out(der);
    }

    @Export
    public String exportPem(String structure) {
        byte[] der = der(structure);
        if (der == null) {
            return null;
        }
        String label = switch (structure) {
            case "spki" -> "PUBLIC KEY";
            case "pkcs8" -> "PRIVATE KEY";
            case "sec1" -> "EC PRIVATE KEY";
            default -> type.equals("private") ? "RSA PRIVATE KEY" : "RSA PUBLIC KEY";
        };
        return pem(label, der);
    }

    /**
     * The private key encrypted with {@code cipher} under {@code passphrase}: PKCS#8 as an
     * EncryptedPrivateKeyInfo (PEM text or DER bytes), PKCS#1 and SEC1 as traditional encrypted PEM.
     */
    @Export
    public Object exportEncrypted(String structure, String format, String cipher, Value passphrase) {
        CipherSpec spec = CipherSpec.lookup(cipher);
        byte[] pass = Bytes.of(passphrase);
        byte[] der = der(structure);
        if (structure.equals("pkcs8")) {
            byte[] encrypted = EncryptedKeys.encryptPkcs8(der, spec, pass);
            return format.equals("pem") ? pem("ENCRYPTED PRIVATE KEY", encrypted) : Bytes.out(encrypted);
        }
        return EncryptedKeys.encryptTraditional(structure.equals("sec1") ? "EC PRIVATE KEY" : "RSA PRIVATE KEY", der,
                spec, pass);
    }

    static String pem(String label, byte[] der) {
        String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + b64 + "\n-----END " + label + "-----\n";
    }

    /** JWK's crv of an OKP key type: "Ed25519", "X25519", "Ed448", "X448". */
    static String okpCurveName(String type) {
        return Character.toUpperCase(type.charAt(0)) + type.substring(1);
    }

    private static String b64u(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String b64u(BigInteger v) {
        return b64u(Bytes.unsigned(v));
    }

    /** The key as JWK members, a JSON object text; null for key types JWK cannot carry. */
    @Export
    public String exportJwk() {
        StringBuilder sb = new StringBuilder("{");
        java.util.function.BiConsumer<String, String> put = (k, v) ->
                sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":\"").append(v).append('"');
        if (secret != null) {
            put.accept("kty", "oct");
            put.accept("k", b64u(secret));
        } else {
            switch (asymmetricType) {
                case "rsa" -> {
                    RSAPublicKey pub = (RSAPublicKey) publicKey;
                    put.accept("kty", "RSA");
                    put.accept("n", b64u(pub.getModulus()));
                    put.accept("e", b64u(pub.getPublicExponent()));
                    if (privateKey instanceof RSAPrivateCrtKey k) {
                        put.accept("d", b64u(k.getPrivateExponent()));
                        put.accept("p", b64u(k.getPrimeP()));
                        put.accept("q", b64u(k.getPrimeQ()));
                        put.accept("dp", b64u(k.getPrimeExponentP()));
                        put.accept("dq", b64u(k.getPrimeExponentQ()));
                        put.accept("qi", b64u(k.getCrtCoefficient()));
                    }
                }
                case "ec" -> {
                    EcMath c = curve();
                    put.accept("kty", "EC");
                    put.accept("x", b64u(Bytes.unsigned(ecPoint().getAffineX(), c.fieldBytes)));
                    put.accept("y", b64u(Bytes.unsigned(ecPoint().getAffineY(), c.fieldBytes)));
                    put.accept("crv", c.joseName());
                    if (privateKey != null) {
                        put.accept("d", b64u(ecScalar()));
                    }
                }
                case "ed25519", "x25519", "ed448", "x448" -> {
                    put.accept("crv", okpCurveName(asymmetricType));
                    if (privateKey != null) {
                        put.accept("d", b64u(okpPrivateBytes()));
                    }
                    put.accept("x", b64u(rawPublicBytes()));
                    put.accept("kty", "OKP");
                }
                case "ml-kem-512", "ml-kem-768", "ml-kem-1024", "ml-dsa-44", "ml-dsa-65", "ml-dsa-87" -> {
                    if (privateKey != null) {
                        put.accept("priv", b64u(seed));
                    }
                    put.accept("kty", "AKP");
                    put.accept("alg", asymmetricType.toUpperCase(java.util.Locale.ROOT));
                    put.accept("pub", b64u(rawPublicBytes()));
                }
                default -> {
                    return null;
                }
            }
        }
        return sb.append('}').toString();
    }
}
