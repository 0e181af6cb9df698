package io.node4j.runtime.bindings;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.concurrent.Callable;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Loop;
import io.node4j.runtime.Callbacks;
import io.node4j.runtime.bindings.crypto.Argon2;
import io.node4j.runtime.bindings.crypto.Asymmetric;
import io.node4j.runtime.bindings.crypto.Bytes;
import io.node4j.runtime.bindings.crypto.CipherHandle;
import io.node4j.runtime.bindings.crypto.OpenSsl;
import io.node4j.runtime.bindings.crypto.CipherSpec;
import io.node4j.runtime.bindings.crypto.Digest;
import io.node4j.runtime.bindings.crypto.HashHandle;
import io.node4j.runtime.bindings.crypto.Hmac;
import io.node4j.runtime.bindings.crypto.Kdf;
import io.node4j.runtime.bindings.crypto.Kem;
import io.node4j.runtime.bindings.crypto.KeyHandle;
import io.node4j.runtime.bindings.crypto.Keys;

/**
 * {@code internalBinding('crypto')}: Node's crypto primitives. lib/ validates arguments; this binding
 * computes. Each slow operation has a synchronous form and a job form that runs on the loop's thread
 * pool ({@link Loop#queueWork}) and calls {@code callback(error, result)} back on the loop thread, as
 * Node's CryptoJob does: error is null or the failure's message. Bytes cross as described in
 * {@link Bytes}.
 */
public final class CryptoBinding implements Binding {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Loop loop;
    private final Callbacks callbacks;

    public CryptoBinding(Loop loop, Callbacks callbacks) {
        this.loop = loop;
        this.callbacks = callbacks;
    }

    @Override
    public String name() {
        return "crypto";
    }

    // ------------------------------------------------------------------ bytes and strings

    @Export
    public String encode(Value bytes, String encoding) {
        return Bytes.encode(Bytes.of(bytes), encoding);
    }

    @Export
    public ByteBuffer decode(String text, String encoding) {
        return Bytes.out(Bytes.decode(text, encoding));
    }

    // ------------------------------------------------------------------ digests and MACs

    /** The canonical name of a Node digest name, or null when unsupported. */
    @Export
    public String digestName(String name) {
        return Digest.lookup(name);
    }

    @Export
    public int digestSize(String canonical) {
        return Digest.size(canonical);
    }

    @Export
    public boolean isXof(String canonical) {
        return canonical.startsWith("SHAKE");
    }

    @Export
    public HashHandle createHash(String canonical) {
        return new HashHandle(new Digest(canonical));
    }

    @Export
    public HashHandle createHmac(String canonical, Value key) {
        return new HashHandle(new Hmac(canonical, Bytes.of(key)));
    }

    /** crypto.hash(): one digest of one input. */
    @Export
    public ByteBuffer hashOnce(String canonical, Value data, String encoding, int length) {
        HashHandle h = createHash(canonical);
        h.update(data, encoding);
        return h.digest(length);
    }

    // ------------------------------------------------------------------ key derivation

    @Export
    public ByteBuffer pbkdf2(Value password, Value salt, int iterations, int keylen, String digest) {
        return Bytes.out(Kdf.pbkdf2(digest, Bytes.of(password), Bytes.of(salt), iterations, keylen));
    }

    @Export
    public void pbkdf2Job(Value password, Value salt, int iterations, int keylen, String digest, Value callback) {
        byte[] p = Bytes.of(password);
        byte[] s = Bytes.of(salt);
        job("PBKDF2REQUEST", () -> Kdf.pbkdf2(digest, p, s, iterations, keylen), callback);
    }

    @Export
    public ByteBuffer scrypt(Value password, Value salt, int n, int r, int p, int keylen) {
        return Bytes.out(Kdf.scrypt(Bytes.of(password), Bytes.of(salt), n, r, p, keylen));
    }

    @Export
    public void scryptJob(Value password, Value salt, int n, int r, int p, int keylen, Value callback) {
        byte[] pw = Bytes.of(password);
        byte[] s = Bytes.of(salt);
        job("SCRYPTREQUEST", () -> Kdf.scrypt(pw, s, n, r, p, keylen), callback);
    }

    /**
     * Argon2 of {@code type} (0 d, 1 i, 2 id): the tag, or the reason (a string) when the memory cannot
     * be had, which lib/ turns into OpenSSL's error.
     */
    @Export
    public Object argon2(int type, Value message, Value nonce, Value secret, Value ad, int parallelism,
                         double tagLength, double memory, double passes) {
        try {
            return Bytes.out(Argon2.derive(type, Bytes.of(message), Bytes.of(nonce), Bytes.of(secret), Bytes.of(ad),
                    parallelism, (long) tagLength, (long) memory, (long) passes));
        } catch (Argon2.MemoryException e) {
            return e.getMessage();
        }
    }

    @Export
    public void argon2Job(int type, Value message, Value nonce, Value secret, Value ad, int parallelism,
                          double tagLength, double memory, double passes, Value callback) {
        byte[] m = Bytes.of(message);
        byte[] n = Bytes.of(nonce);
        byte[] k = Bytes.of(secret);
        byte[] x = Bytes.of(ad);
        job("ARGON2REQUEST", () -> Argon2.derive(type, m, n, k, x, parallelism, (long) tagLength, (long) memory,
                (long) passes), callback);
    }

    /** crypto.encapsulate: [sharedKey, ciphertext], or null when the key has no KEM or it fails. */
    @Export
    public Object[] encapsulate(KeyHandle key) {
        try {
            byte[][] r = Kem.encapsulate(key);
            return new Object[] {Bytes.out(r[0]), Bytes.out(r[1])};
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    @Export
    public void encapsulateJob(KeyHandle key, Value callback) {
        job("KEMENCAPSULATEJOB", () -> {
            byte[][] r = Kem.encapsulate(key);
            return new Object[] {Bytes.out(r[0]), Bytes.out(r[1])};
        }, callback);
    }

    /** crypto.decapsulate: the shared key, or null when the key has no KEM or the ciphertext is bad. */
    @Export
    public ByteBuffer decapsulate(KeyHandle key, Value ciphertext) {
        try {
            return Bytes.out(Kem.decapsulate(key, Bytes.of(ciphertext)));
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    @Export
    public void decapsulateJob(KeyHandle key, Value ciphertext, Value callback) {
        byte[] c = Bytes.of(ciphertext);
        job("KEMDECAPSULATEJOB", () -> Kem.decapsulate(key, c), callback);
    }

    @Export
    public double scryptMemory(double n, double r, double p) {
        return Kdf.scryptMemory(n, r, p);
    }

    @Export
    public ByteBuffer hkdf(String digest, Value key, Value salt, Value info, int length) {
        return Bytes.out(Kdf.hkdf(digest, Bytes.of(key), Bytes.of(salt), Bytes.of(info), length));
    }

    @Export
    public void hkdfJob(String digest, Value key, Value salt, Value info, int length, Value callback) {
        byte[] k = Bytes.of(key);
        byte[] s = Bytes.of(salt);
        byte[] i = Bytes.of(info);
        job("DERIVEBITSREQUEST", () -> Kdf.hkdf(digest, k, s, i, length), callback);
    }

    // ------------------------------------------------------------------ randomness

    @Export
    public ByteBuffer randomBytes(int size) {
        byte[] b = new byte[size];
        randomBytes(b);
        return Bytes.out(b);
    }

    @Export
    public void randomBytesJob(int size, Value callback) {
        job("RANDOMBYTESREQUEST", () -> {
            byte[] b = new byte[size];
            randomBytes(b);
            return b;
        }, callback);
    }

    /**
     * randomFillSync: fills {@code size} bytes of the ArrayBuffer {@code target} at {@code offset} in
     * place and returns null; where the engine does not expose its memory, returns the bytes for lib/
     * to copy in.
     */
    @Export
    public ByteBuffer randomFill(Value target, double offset, int size) {
        ByteBuffer memory = io.node4j.runtime.EngineInternals.arrayBufferMemory(target);
        if (memory == null) {
            return randomBytes(size);
        }
        fillRandom(memory.slice((int) offset, size));
        return null;
    }

    /** randomFill: as {@link #randomFill}, on the pool (as Node's, which fills the caller's memory there). */
    @Export
    public void randomFillJob(Value target, double offset, int size, Value callback) {
        ByteBuffer memory = io.node4j.runtime.EngineInternals.arrayBufferMemory(target);
        if (memory == null) {
            randomBytesJob(size, callback);
            return;
        }
        ByteBuffer dst = memory.slice((int) offset, size);
        job("RANDOMBYTESREQUEST", () -> {
            fillRandom(dst);
            return null;
        }, callback);
    }

    /** Random bytes from OpenSSL's CSPRNG (as Node's), else the JDK's SecureRandom. */
    private static void randomBytes(byte[] b) {
        OpenSsl ssl = OpenSsl.get();
        if (ssl == null || !ssl.randomBytes(b)) {
            RANDOM.nextBytes(b);
        }
    }

    private static void fillRandom(ByteBuffer dst) {
        byte[] b = new byte[dst.remaining()];
        randomBytes(b);
        dst.put(b);
    }

    /** A uniformly random integer in [0, range), range ≤ 2^48. */
    @Export
    public double randomInt(double range) {
        return (double) RANDOM.nextLong((long) range);
    }

    // ------------------------------------------------------------------ ciphers

    /** getCipherInfo's fields as [name, nid, mode, keyLength, ivLength, blockSize], or null. */
    @Export
    public Object[] cipherInfo(String name) {
        CipherSpec s = CipherSpec.lookup(name);
        if (s == null) {
            return null;
        }
        return new Object[] {s.name(), s.nid(), s.mode(), s.keyLength(), s.ivLength(), s.blockSize()};
    }

    @Export
    public String[] ciphers() {
        return CipherSpec.names();
    }

    @Export
    public CipherHandle createCipher(String name, boolean encrypt, Value key, Value iv, int tagLength) {
        CipherSpec s = CipherSpec.lookup(name);
        return new CipherHandle(s, encrypt, Bytes.of(key), iv == null || iv.isNull() ? new byte[0] : Bytes.of(iv),
                tagLength);
    }

    /** AES key wrap (RFC 3394, no padding), for Web Crypto's AES-KW; throws when unwrapping fails. */
    @Export
    public ByteBuffer aesKeyWrap(Value key, Value data, boolean wrap) throws java.security.GeneralSecurityException {
        javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES/KW/NoPadding");
        c.init(wrap ? javax.crypto.Cipher.ENCRYPT_MODE : javax.crypto.Cipher.DECRYPT_MODE,
                new javax.crypto.spec.SecretKeySpec(Bytes.of(key), "AES"));
        return Bytes.out(c.doFinal(Bytes.of(data)));
    }

    // ------------------------------------------------------------------ keys

    @Export
    public KeyHandle keySecret(Value bytes) {
        return Keys.secret(Bytes.of(bytes));
    }

    /** Key import; failures throw with a message lib/ turns into Node's error. */
    @Export
    public KeyHandle keyFromPem(String pem, boolean wantPrivate) {
        return Keys.fromPem(pem, wantPrivate);
    }

    @Export
    public KeyHandle keyFromDer(Value der, String structure, boolean isPrivate) {
        return Keys.fromDer(Bytes.of(der), structure, isPrivate);
    }

    /** A PEM or DER key that may be encrypted; {@code passphrase} is bytes, or null when none was given. */
    @Export
    public KeyHandle keyFromPemWithPassphrase(String pem, boolean wantPrivate, Value passphrase) {
        return Keys.fromPem(pem, wantPrivate, passphrase.isNull() ? null : Bytes.of(passphrase));
    }

    @Export
    public KeyHandle keyFromDerWithPassphrase(Value der, String structure, boolean isPrivate, Value passphrase) {
        return Keys.fromDer(Bytes.of(der), structure, isPrivate, passphrase.isNull() ? null : Bytes.of(passphrase));
    }

    /** From a JWK object's string members; null when they do not make a key. */
    @Export
    public KeyHandle keyFromJwk(Value jwk, boolean wantPrivate) {
        java.util.Map<String, String> members = new java.util.HashMap<>();
        for (String k : jwk.getMemberKeys()) {
            Value v = jwk.getMember(k);
            if (v.isString()) {
                members.put(k, v.asString());
            }
        }
        return Keys.fromJwk(members, wantPrivate);
    }

    @Export
    public KeyHandle[] generateKeyPair(String type, int modulusLength, String exponent, String curve) {
        return Keys.generate(type, modulusLength, new java.math.BigInteger(exponent), curve);
    }

    @Export
    public void generateKeyPairJob(String type, int modulusLength, String exponent, String curve, Value callback) {
        job("KEYPAIRGENREQUEST", () -> Keys.generate(type, modulusLength, new java.math.BigInteger(exponent), curve), callback);
    }

    /** generateKeyPair('dsa', ...) and ('dh', ...): their options as members of {@code o}. */
    @Export
    public KeyHandle[] generateKeyPairWith(String type, Value o) {
        return keyPairWith(type, o).get();
    }

    @Export
    public void generateKeyPairWithJob(String type, Value o, Value callback) {
        job("KEYPAIRGENREQUEST", keyPairWith(type, o)::get, callback);
    }

    /** Reads the options on the loop thread; the returned work may run on the pool. */
    private static java.util.function.Supplier<KeyHandle[]> keyPairWith(String type, Value o) {
        if (type.equals("dsa")) {
            int modulusLength = o.getMember("modulusLength").asInt();
            int divisorLength = o.getMember("divisorLength").asInt();
            return () -> Keys.generateDsa(modulusLength, divisorLength);
        }
        String group = o.getMember("group").isString() ? o.getMember("group").asString() : null;
        byte[] prime = orNull(o.getMember("prime"));
        int primeLength = o.getMember("primeLength").asInt();
        int generator = o.getMember("generator").asInt();
        return () -> Keys.generateDh(group, prime, primeLength, generator);
    }

    @Export
    public boolean sameDhGroup(KeyHandle a, KeyHandle b) {
        return a.sameDhGroup(b);
    }

    @Export
    public ByteBuffer sign(KeyHandle key, String digest, Value data, int padding, int saltLength, boolean p1363,
                           Value context) {
        return Bytes.out(Asymmetric.sign(key, digest, Bytes.of(data), padding, saltLength, p1363, orNull(context)));
    }

    /** Without an EdDSA/ML-DSA context (Web Crypto's form). */
    @Export
    public ByteBuffer sign(KeyHandle key, String digest, Value data, int padding, int saltLength, boolean p1363) {
        return Bytes.out(Asymmetric.sign(key, digest, Bytes.of(data), padding, saltLength, p1363, null));
    }

    @Export
    public boolean verify(KeyHandle key, String digest, Value data, Value signature, int padding, int saltLength,
                          boolean p1363, Value context) {
        return Asymmetric.verify(key, digest, Bytes.of(data), Bytes.of(signature), padding, saltLength, p1363,
                orNull(context));
    }

    @Export
    public boolean verify(KeyHandle key, String digest, Value data, Value signature, int padding, int saltLength,
                          boolean p1363) {
        return Asymmetric.verify(key, digest, Bytes.of(data), Bytes.of(signature), padding, saltLength, p1363, null);
    }

    @Export
    public ByteBuffer rsaCrypt(KeyHandle key, boolean usePrivate, boolean encrypt, int padding, String oaepHash,
                               Value label, Value data) {
        return Bytes.out(Asymmetric.rsaCrypt(key, usePrivate, encrypt, padding, oaepHash, Bytes.of(label),
                Bytes.of(data)));
    }

    @Export
    public ByteBuffer agree(KeyHandle privateKey, KeyHandle publicKey) {
        return Bytes.out(Asymmetric.agree(privateKey, publicKey));
    }

    @Export
    public boolean isCurve(String name) {
        return ecCurve(name);
    }

    private static boolean ecCurve(String name) {
        return switch (name) {
            case "prime256v1", "secp384r1", "secp521r1", "P-256", "P-384", "P-521", "secp256r1" -> true;
            default -> false;
        };
    }

    /** [private, public (uncompressed)] for a new ECDH key. */
    @Export
    public ByteBuffer[] ecdhGenerate(String curve) {
        byte[][] kp = Asymmetric.ecdhGenerate(curve);
        return new ByteBuffer[] {Bytes.out(kp[0]), Bytes.out(kp[1])};
    }

    @Export
    public ByteBuffer ecdhPublic(String curve, Value privateKey, String format) {
        byte[] b = Asymmetric.ecdhPublic(curve, Bytes.of(privateKey), format);
        return b == null ? null : Bytes.out(b);
    }

    @Export
    public ByteBuffer ecdhCompute(String curve, Value privateKey, Value publicKey) {
        byte[] b = Asymmetric.ecdhCompute(curve, Bytes.of(privateKey), Bytes.of(publicKey));
        return b == null ? null : Bytes.out(b);
    }

    @Export
    public ByteBuffer ecdhConvert(String curve, Value key, String format) {
        byte[] b = Asymmetric.ecdhConvert(curve, Bytes.of(key), format);
        return b == null ? null : Bytes.out(b);
    }

    // ------------------------------------------------------------------ X.509

    /** A certificate from PEM or DER bytes, or null when they hold none. */
    @Export
    public io.node4j.runtime.bindings.crypto.X509Handle x509(Value data) {
        try {
            return io.node4j.runtime.bindings.crypto.X509Handle.of(data);
        } catch (Exception e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ primes and finite-field DH

    @Export
    public boolean checkPrime(Value candidate, int checks) {
        return io.node4j.runtime.bindings.crypto.Primes.check(Bytes.of(candidate), checks);
    }

    @Export
    public void checkPrimeJob(Value candidate, int checks, Value callback) {
        byte[] c = Bytes.of(candidate);
        job("CHECKPRIMEREQUEST", () -> io.node4j.runtime.bindings.crypto.Primes.check(c, checks), callback);
    }

    @Export
    public ByteBuffer generatePrime(int bits, boolean safe, Value add, Value rem) {
        return Bytes.out(io.node4j.runtime.bindings.crypto.Primes.generate(bits, safe, orNull(add), orNull(rem)));
    }

    @Export
    public void generatePrimeJob(int bits, boolean safe, Value add, Value rem, Value callback) {
        byte[] a = orNull(add);
        byte[] r = orNull(rem);
        job("RANDOMPRIMEREQUEST", () -> io.node4j.runtime.bindings.crypto.Primes.generate(bits, safe, a, r), callback);
    }

    private static byte[] orNull(Value v) {
        return v == null || v.isNull() || v.isHostObject() && v.asHostObject() == null ? null : Bytes.of(v);
    }

    /** A MODP group's prime, or null for an unknown name. */
    @Export
    public ByteBuffer dhGroup(String name) {
        if (!io.node4j.runtime.bindings.crypto.Primes.isGroup(name)) {
            return null;
        }
        return Bytes.out(Bytes.unsigned(io.node4j.runtime.bindings.crypto.Primes.group(name)));
    }

    @Export
    public int dhGroupPrivateBits(String name) {
        return io.node4j.runtime.bindings.crypto.Primes.groupPrivateBits(name);
    }

    /** OpenSSL's DH_check flags for a prime and generator (no subgroup order known). */
    @Export
    public int dhCheck(Value prime, Value generator) {
        java.math.BigInteger p = new java.math.BigInteger(1, Bytes.of(prime));
        java.math.BigInteger g = new java.math.BigInteger(1, Bytes.of(generator));
        int flags = 0;
        if (p.bitLength() < 512) {
            flags |= 0x80;
        }
        if (g.compareTo(java.math.BigInteger.ONE) <= 0 || g.compareTo(p.subtract(java.math.BigInteger.ONE)) >= 0) {
            flags |= 8;
        }
        if (!p.isProbablePrime(64)) {
            flags |= 1;
        } else if (!p.shiftRight(1).isProbablePrime(64)) {
            flags |= 2;
        }
        return flags;
    }

    /** A new private key of {@code bits} bits (0: any in [2, p-2]). */
    @Export
    public ByteBuffer dhPrivate(Value prime, int bits) {
        java.math.BigInteger p = new java.math.BigInteger(1, Bytes.of(prime));
        java.math.BigInteger x;
        do {
            x = bits > 0 ? new java.math.BigInteger(bits, RANDOM).setBit(bits - 1)
                    : new java.math.BigInteger(p.bitLength(), RANDOM);
        } while (x.compareTo(java.math.BigInteger.TWO) < 0 || x.compareTo(p.subtract(java.math.BigInteger.TWO)) > 0);
        return Bytes.out(Bytes.unsigned(x));
    }

    /** base^exp mod m, unsigned big-endian; with {@code pad}, left-padded to m's length. */
    @Export
    public ByteBuffer modPow(Value base, Value exp, Value mod, boolean pad) {
        byte[] m = Bytes.of(mod);
        java.math.BigInteger r = new java.math.BigInteger(1, Bytes.of(base))
                .modPow(new java.math.BigInteger(1, Bytes.of(exp)), new java.math.BigInteger(1, m));
        return Bytes.out(pad ? Bytes.unsigned(r, m.length) : Bytes.unsigned(r));
    }

    /** -1 when a peer's public key is ≤ 1, 1 when ≥ p - 1, else 0. */
    @Export
    public int dhPeerCheck(Value prime, Value key) {
        java.math.BigInteger p = new java.math.BigInteger(1, Bytes.of(prime));
        java.math.BigInteger y = new java.math.BigInteger(1, Bytes.of(key));
        if (y.compareTo(java.math.BigInteger.ONE) <= 0) {
            return -1;
        }
        return y.compareTo(p.subtract(java.math.BigInteger.ONE)) >= 0 ? 1 : 0;
    }

    // ------------------------------------------------------------------ jobs

    /**
     * Runs {@code work} on the pool; {@code callback(error, result)} then runs on the loop thread.
     * {@code type} is Node's name for the request (async_hooks).
     */
    void job(String type, Callable<Object> work, Value fn) {
        io.node4j.runtime.Callbacks.Bound callback = callbacks.bind(fn, type);
        loop.queueWork(work, (result, error) -> {
            if (error != null) {
                String message = error.getMessage() == null ? error.toString() : error.getMessage();
                callbacks.invoke(callback, message, null);
            } else {
                callbacks.invoke(callback, null, toJs(result));
            }
        });
    }

    private static Object toJs(Object result) {
        return result instanceof byte[] b ? Bytes.out(b) : result;
    }
}
