package io.node4j.runtime.bindings.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

/** Key import (PEM, DER, JWK, raw), generation, and the public halves of private keys. */
public final class Keys {
    private Keys() {}

    /** What failed to parse: lib/ turns it into Node's error. */
    public static final class Unsupported extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        public Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    public static KeyHandle secret(byte[] bytes) {
        return KeyHandle.secret(bytes);
    }

    /** A PEM text of any supported label; {@code wantPrivate} decides which half a private PEM gives. */
    public static KeyHandle fromPem(String pem, boolean wantPrivate) {
        return fromPem(pem, wantPrivate, null);
    }

    /** As {@link #fromPem(String, boolean)}; {@code passphrase} (null: none given) opens encrypted keys. */
    public static KeyHandle fromPem(String pem, boolean wantPrivate, byte[] passphrase) {
        int begin = pem.indexOf("-----BEGIN ");
        if (begin < 0) {
            throw new Unsupported("no start line");
        }
        int labelEnd = pem.indexOf("-----", begin + 11);
        String label = pem.substring(begin + 11, labelEnd);
        int end = pem.indexOf("-----END " + label + "-----", labelEnd);
        if (end < 0) {
            throw new Unsupported("bad end line");
        }
        String body = pem.substring(labelEnd + 5, end).replace("\r\n", "\n").strip();
        boolean traditional = body.startsWith("Proc-Type:") && body.contains("ENCRYPTED");
        if ((traditional || label.equals("ENCRYPTED PRIVATE KEY")) && passphrase == null) {
            throw new Unsupported("missing passphrase");
        }
        byte[] der = traditional ? EncryptedKeys.decryptTraditional(body, passphrase)
                : Base64.getMimeDecoder().decode(body);
        if (label.equals("ENCRYPTED PRIVATE KEY")) {
            der = EncryptedKeys.decryptPkcs8(der, passphrase);
            label = "PRIVATE KEY";
        }
        String structure = switch (label) {
            case "PUBLIC KEY" -> "spki";
            case "PRIVATE KEY" -> "pkcs8";
            case "RSA PRIVATE KEY", "RSA PUBLIC KEY" -> "pkcs1";
            case "EC PRIVATE KEY" -> "sec1";
            case "CERTIFICATE" -> "cert";
            default -> throw new Unsupported("unsupported PEM label " + label);
        };
        if (structure.equals("cert")) {
            try {
                java.security.cert.Certificate c = java.security.cert.CertificateFactory.getInstance("X.509")
                        .generateCertificate(new java.io.ByteArrayInputStream(der));
                return KeyHandle.ofPublic(c.getPublicKey());
            } catch (GeneralSecurityException e) {
                throw new Unsupported(e.getMessage());
            }
        }
        boolean isPrivate = structure.equals("pkcs8") || structure.equals("sec1") || label.equals("RSA PRIVATE KEY");
        KeyHandle k = fromDer(der, structure, isPrivate);
        return isPrivate && !wantPrivate ? k.toPublic() : k;
    }

    public static KeyHandle fromDer(byte[] der, String structure, boolean isPrivate) {
        return fromDer(der, structure, isPrivate, null);
    }

    /** As {@link #fromDer(byte[], String, boolean)}, opening an EncryptedPrivateKeyInfo with {@code passphrase}. */
    public static KeyHandle fromDer(byte[] der, String structure, boolean isPrivate, byte[] passphrase) {
        if (structure.equals("pkcs8") && EncryptedKeys.isEncryptedPkcs8(der)) {
            if (passphrase == null) {
                throw new Unsupported("missing passphrase der");
            }
            der = EncryptedKeys.decryptPkcs8(der, passphrase);
        }
        try {
            Der.Node root = Der.parse(der);
            switch (structure) {
                case "spki": {
                    String oid = root.child(0).child(0).oid();
                    return checkedPublic(KeyHandle.ofPublic(factory(oid).generatePublic(new X509EncodedKeySpec(der))));
                }
                case "pkcs1": {
                    KeyFactory rsa = KeyFactory.getInstance("RSA");
                    var f = root.children();
                    if (!isPrivate) {
                        return KeyHandle.ofPublic(rsa.generatePublic(new RSAPublicKeySpec(f.get(0).integer(),
                                f.get(1).integer())));
                    }
                    return rsaPrivate(root);
                }
                case "sec1":
                    return ecPrivate(root, null);
                case "pkcs8": {
                    String oid = root.child(1).child(0).oid();
                    byte[] inner = root.child(2).content();
                    switch (oid) {
                        case KeyHandle.RSA_OID:
                            return rsaPrivate(Der.parse(inner));
                        case KeyHandle.EC_OID:
                            return ecPrivate(Der.parse(inner), EcMath.curveOfOid(root.child(1).child(1).oid()));
                        case KeyHandle.ED25519_OID:
                        case KeyHandle.X25519_OID:
                        case KeyHandle.ED448_OID:
                        case KeyHandle.X448_OID:
                            return okpPrivate(KeyHandle.okpCurveName(KeyHandle.namedTypeOf(oid)),
                                    Der.parse(inner).content());
                        default: {
                            String named = KeyHandle.namedTypeOf(oid);
                            if (named != null && named.startsWith("ml-")) {
                                return mlPrivate(named, Der.parse(inner), der);
                            }
                            PrivateKey priv = factory(oid).generatePrivate(new PKCS8EncodedKeySpec(der));
                            return KeyHandle.ofPrivate(priv, publicHalf(priv));
                        }
                    }
                }
                default:
                    throw new Unsupported("unsupported structure " + structure);
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof Unsupported u) {
                throw u;
            }
            throw new Unsupported("unsupported");
        }
    }

    private static KeyFactory factory(String oid) throws GeneralSecurityException {
        String named = KeyHandle.namedTypeOf(oid);
        return KeyFactory.getInstance(switch (oid) {
            case KeyHandle.RSA_OID -> "RSA";
            case "1.2.840.113549.1.1.10" -> "RSASSA-PSS";
            case KeyHandle.EC_OID -> "EC";
            case KeyHandle.DSA_OID -> "DSA";
            case KeyHandle.DH_OID -> "DH";
            default -> {
                if (named == null) {
                    throw new Unsupported("unsupported key type " + oid);
                }
                yield jcaName(named);
            }
        });
    }

    /** The public key of a DSA or DH private key (g^x mod p); null for other keys. */
    private static PublicKey publicHalf(PrivateKey priv) throws GeneralSecurityException {
        if (priv instanceof java.security.interfaces.DSAPrivateKey dsa) {
            var p = dsa.getParams();
            return KeyFactory.getInstance("DSA").generatePublic(new java.security.spec.DSAPublicKeySpec(
                    p.getG().modPow(dsa.getX(), p.getP()), p.getP(), p.getQ(), p.getG()));
        }
        if (priv instanceof javax.crypto.interfaces.DHPrivateKey dh) {
            var p = dh.getParams();
            return KeyFactory.getInstance("DH").generatePublic(new javax.crypto.spec.DHPublicKeySpec(
                    p.getG().modPow(dh.getX(), p.getP()), p.getP(), p.getG()));
        }
        return null;
    }

    /** The JCA algorithm of a named-parameter key type: "Ed448", "X25519", "ML-KEM-768", ... */
    static String jcaName(String type) {
        return type.startsWith("ml-") ? type.toUpperCase(java.util.Locale.ROOT) : KeyHandle.okpCurveName(type);
    }

    /** The JDK's ML factories take a public key of any length; OpenSSL only the parameter set's. */
    private static KeyHandle checkedPublic(KeyHandle k) {
        if (k.isMl() && k.rawPublicBytes().length != switch (k.asymmetricType) {
            case "ml-kem-512" -> 800;
            case "ml-kem-768" -> 1184;
            case "ml-kem-1024" -> 1568;
            case "ml-dsa-44" -> 1312;
            case "ml-dsa-65" -> 1952;
            default -> 2592;
        }) {
            throw new Unsupported("bad public key length");
        }
        return k;
    }

    /** Seed sizes: ML-KEM's d || z, ML-DSA's xi. */
    private static int seedLength(String type) {
        return type.startsWith("ml-kem") ? 64 : 32;
    }

    /**
     * An ML-KEM or ML-DSA private key from PKCS#8's privateKey: a seed ([0]), an expanded key (OCTET STRING),
     * or both (SEQUENCE). A seed is expanded by the JDK's generator; an expanded key alone goes to its factory
     * (ML-KEM only: an ML-DSA public key cannot be read out of its expanded private key).
     */
    private static KeyHandle mlPrivate(String type, Der.Node key, byte[] pkcs8) throws GeneralSecurityException {
        byte[] seed;
        if (key.tag() == 0x80) {
            seed = key.content();
        } else if (key.tag() == 0x30) {
            seed = key.child(0).content();
            KeyHandle k = mlFromSeed(type, seed);
            if (!java.util.Arrays.equals(k.mlExpandedKey(), key.child(1).content())) {
                throw new Unsupported("seed and expanded key do not match");
            }
            return k;
        } else {
            byte[] jdk = Der.seq(Der.integer(0), Der.seq(Der.oid(KeyHandle.NAMED_OIDS.get(type))),
                    Der.octets(Der.octets(key.content())));
            if (!type.startsWith("ml-kem")) {
                throw new Unsupported("ML-DSA public key of an expanded private key");
            }
            // FIPS 203's decapsulation key holds the encapsulation key: dkPKE (384k bytes), then ek.
            int k = type.equals("ml-kem-512") ? 2 : type.equals("ml-kem-768") ? 3 : 4;
            byte[] ek = java.util.Arrays.copyOfRange(key.content(), 384 * k, 768 * k + 32);
            KeyFactory f = KeyFactory.getInstance(jcaName(type));
            PublicKey pub = f.generatePublic(new X509EncodedKeySpec(Der.seq(Der.seq(Der.oid(KeyHandle.NAMED_OIDS.get(type))),
                    Der.bits(ek))));
            return KeyHandle.ofPrivate(f.generatePrivate(new PKCS8EncodedKeySpec(jdk)), pub);
        }
        return mlFromSeed(type, seed);
    }

    /** An ML-KEM or ML-DSA key pair expanded from its seed: the JDK's generator, fed the seed as its randomness. */
    static KeyHandle mlFromSeed(String type, byte[] seed) throws GeneralSecurityException {
        if (seed.length != seedLength(type)) {
            throw new Unsupported("bad seed length");
        }
        KeyPairGenerator g = KeyPairGenerator.getInstance(jcaName(type));
        g.initialize(new NamedParameterSpec(jcaName(type)), new FixedRandom(seed));
        KeyPair kp = g.generateKeyPair();
        KeyHandle k = KeyHandle.ofPrivate(kp.getPrivate(), kp.getPublic());
        k.seed = seed.clone();
        return k;
    }

    private static KeyHandle rsaPrivate(Der.Node seq) throws GeneralSecurityException {
        var f = seq.children();
        BigInteger[] v = new BigInteger[9];
        for (int i = 0; i < 9; i++) {
            v[i] = f.get(i).integer();
        }
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        PrivateKey priv = rsa.generatePrivate(new RSAPrivateCrtKeySpec(v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]));
        PublicKey pub = rsa.generatePublic(new RSAPublicKeySpec(v[1], v[2]));
        return KeyHandle.ofPrivate(priv, pub);
    }

    private static KeyHandle ecPrivate(Der.Node seq, String curveName) throws GeneralSecurityException {
        BigInteger d = new BigInteger(1, seq.child(1).content());
        byte[] pubBits = null;
        for (Der.Node n : seq.children()) {
            if (n.tag() == 0xa0) {
                curveName = EcMath.curveOfOid(n.child(0).oid());
            } else if (n.tag() == 0xa1) {
                pubBits = n.child(0).bits();
            }
        }
        EcMath curve = curveName == null ? null : EcMath.of(curveName);
        if (curve == null) {
            throw new Unsupported("unsupported curve");
        }
        ECPoint q = pubBits != null ? curve.decode(pubBits) : curve.publicPoint(d);
        KeyHandle k = ecKey(curve, d, q);
        k.writePublicPoint = pubBits != null;
        return k;
    }

    static KeyHandle ecKey(EcMath curve, BigInteger d, ECPoint q) throws GeneralSecurityException {
        KeyFactory ec = KeyFactory.getInstance("EC");
        PublicKey pub = ec.generatePublic(new ECPublicKeySpec(q, curve.spec));
        if (d == null) {
            return KeyHandle.ofPublic(pub);
        }
        return KeyHandle.ofPrivate(ec.generatePrivate(new ECPrivateKeySpec(d, curve.spec)), pub);
    }

    /** Ed25519/X25519 from the raw private bytes; the JDK's generator derives the public half from them. */
    static KeyHandle okpPrivate(String alg, byte[] raw) throws GeneralSecurityException {
        if (raw.length != okpLength(alg)) {
            throw new Unsupported("bad key length");
        }
        KeyPairGenerator g = KeyPairGenerator.getInstance(alg);
        g.initialize(new NamedParameterSpec(alg), new FixedRandom(raw));
        KeyPair kp = g.generateKeyPair();
        return KeyHandle.ofPrivate(kp.getPrivate(), kp.getPublic());
    }

    private static int okpLength(String alg) {
        return switch (alg) {
            case "Ed448" -> 57;
            case "X448" -> 56;
            default -> 32;
        };
    }

    static KeyHandle okpPublic(String alg, byte[] raw) throws GeneralSecurityException {
        if (raw.length != okpLength(alg)) {
            throw new Unsupported("bad key length");
        }
        byte[] spki = Der.seq(Der.seq(Der.oid(KeyHandle.NAMED_OIDS.get(alg.toLowerCase(java.util.Locale.ROOT)))),
                Der.bits(raw));
        return KeyHandle.ofPublic(KeyFactory.getInstance(alg).generatePublic(new X509EncodedKeySpec(spki)));
    }

    /** A SecureRandom that hands out fixed bytes: makes the JDK's OKP generator import a private key. */
    private static final class FixedRandom extends SecureRandom {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        private final byte[] bytes;
        private int used;

        FixedRandom(byte[] bytes) {
            this.bytes = bytes;
        }

        /** Hands the bytes out in order across calls (ML-KEM draws d, then z). */
        @Override
        public void nextBytes(byte[] out) {
            int n = Math.min(out.length, bytes.length - used);
            System.arraycopy(bytes, used, out, 0, n);
            used += n;
        }
    }

    /** A JWK given as its string members; null when the members are not a usable key. */
    public static KeyHandle fromJwk(Map<String, String> jwk, boolean wantPrivate) {
        try {
            String kty = jwk.get("kty");
            Base64.Decoder dec = Base64.getUrlDecoder();
            java.util.function.Function<String, BigInteger> num = k -> new BigInteger(1, dec.decode(jwk.get(k)));
            switch (kty) {
                case "oct":
                    return KeyHandle.secret(dec.decode(jwk.get("k")));
                case "RSA": {
                    KeyFactory rsa = KeyFactory.getInstance("RSA");
                    PublicKey pub = rsa.generatePublic(new RSAPublicKeySpec(num.apply("n"), num.apply("e")));
                    if (!wantPrivate) {
                        return KeyHandle.ofPublic(pub);
                    }
                    PrivateKey priv = rsa.generatePrivate(new RSAPrivateCrtKeySpec(num.apply("n"), num.apply("e"),
                            num.apply("d"), num.apply("p"), num.apply("q"), num.apply("dp"), num.apply("dq"),
                            num.apply("qi")));
                    return KeyHandle.ofPrivate(priv, pub);
                }
                case "EC": {
                    EcMath curve = EcMath.of(jwk.get("crv"));
                    ECPoint q = new ECPoint(num.apply("x"), num.apply("y"));
                    if (!curve.onCurve(q)) {
                        return null;
                    }
                    return ecKey(curve, wantPrivate ? num.apply("d") : null, q);
                }
                case "OKP": {
                    String crv = jwk.get("crv");
                    if (!wantPrivate) {
                        return okpPublic(crv, dec.decode(jwk.get("x")));
                    }
                    return okpPrivate(crv, dec.decode(jwk.get("d")));
                }
                case "AKP": {
                    String type = jwk.get("alg").toLowerCase(java.util.Locale.ROOT);
                    byte[] pub = dec.decode(jwk.get("pub"));
                    if (wantPrivate) {
                        return mlFromSeed(type, dec.decode(jwk.get("priv"))); // OpenSSL ignores "pub" then
                    }
                    byte[] spki = Der.seq(Der.seq(Der.oid(KeyHandle.NAMED_OIDS.get(type))), Der.bits(pub));
                    return checkedPublic(KeyHandle.ofPublic(KeyFactory.getInstance(jcaName(type))
                            .generatePublic(new X509EncodedKeySpec(spki))));
                }
                default:
                    return null;
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    /** generateKeyPair: rsa (bits, exponent), ec (curve), ed25519, x25519. */
    public static KeyHandle[] generate(String type, int modulusLength, BigInteger exponent, String curve) {
        try {
            KeyPairGenerator g;
            switch (type) {
                case "rsa", "rsa-pss" -> {
                    g = KeyPairGenerator.getInstance(type.equals("rsa") ? "RSA" : "RSASSA-PSS");
                    g.initialize(new RSAKeyGenParameterSpec(modulusLength, exponent));
                }
                case "ec" -> {
                    g = KeyPairGenerator.getInstance("EC");
                    g.initialize(new ECGenParameterSpec(EcMath.of(curve).spec == null ? curve
                            : jcaCurve(EcMath.of(curve).name)));
                }
                case "ed25519", "x25519", "ed448", "x448" -> g = KeyPairGenerator.getInstance(jcaName(type));
                case "ml-kem-512", "ml-kem-768", "ml-kem-1024", "ml-dsa-44", "ml-dsa-65", "ml-dsa-87" -> {
                    byte[] seed = new byte[seedLength(type)];
                    new SecureRandom().nextBytes(seed);
                    KeyHandle priv = mlFromSeed(type, seed);
                    return new KeyHandle[] {priv.toPublic(), priv};
                }
                default -> throw new Unsupported(type);
            }
            KeyPair kp = g.generateKeyPair();
            return new KeyHandle[] {KeyHandle.ofPublic(kp.getPublic()), KeyHandle.ofPrivate(kp.getPrivate(), kp.getPublic())};
        } catch (GeneralSecurityException e) {
            throw new Unsupported(e.getMessage());
        }
    }

    /** generateKeyPair('dsa'): new domain parameters; {@code divisorLength} < 0 takes OpenSSL's default. */
    public static KeyHandle[] generateDsa(int modulusLength, int divisorLength) {
        try {
            return Dsa.generate(modulusLength, divisorLength);
        } catch (GeneralSecurityException e) {
            throw new Unsupported(e.getMessage());
        }
    }

    /**
     * generateKeyPair('dh') over a named MODP group, a given prime, or a new safe prime of
     * {@code primeLength} bits; the private exponent has the group's length as OpenSSL picks it (for
     * groups of 1536 bits and more), else one bit less than the prime.
     */
    public static KeyHandle[] generateDh(String group, byte[] prime, int primeLength, int generator) {
        try {
            BigInteger p = group != null ? Primes.group(group) : prime != null ? new BigInteger(1, prime)
                    : new BigInteger(1, Primes.generate(primeLength, true, null, null));
            BigInteger g = BigInteger.valueOf(generator);
            // OpenSSL knows modp1 and modp2 (768, 1024 bits) as no named group, so it treats them as bare primes.
            int bits = group != null && p.bitLength() >= 1536 ? Primes.groupPrivateBits(group) : p.bitLength() - 1;
            SecureRandom random = new SecureRandom();
            BigInteger x;
            do {
                x = new BigInteger(bits, random);
            } while (x.signum() == 0);
            KeyFactory f = KeyFactory.getInstance("DH");
            PublicKey pub = f.generatePublic(new javax.crypto.spec.DHPublicKeySpec(g.modPow(x, p), p, g));
            PrivateKey priv = f.generatePrivate(new javax.crypto.spec.DHPrivateKeySpec(x, p, g));
            return new KeyHandle[] {KeyHandle.ofPublic(pub), KeyHandle.ofPrivate(priv, pub)};
        } catch (GeneralSecurityException e) {
            throw new Unsupported(e.getMessage());
        }
    }

    private static String jcaCurve(String openssl) {
        return openssl.equals("prime256v1") ? "secp256r1" : openssl;
    }

    static RSAPrivateCrtKey rsaPrivateOf(KeyHandle k) {
        return (RSAPrivateCrtKey) k.privateKey;
    }

    static ECPrivateKey ecPrivateOf(KeyHandle k) {
        return (ECPrivateKey) k.privateKey;
    }
}
