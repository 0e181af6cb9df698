package io.node4j.runtime.bindings;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.concurrent.Callable;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Loop;
import io.node4j.runtime.Callbacks;
import io.node4j.runtime.bindings.crypto.Bytes;
import io.node4j.runtime.bindings.crypto.CipherHandle;
import io.node4j.runtime.bindings.crypto.CipherSpec;
import io.node4j.runtime.bindings.crypto.Digest;
import io.node4j.runtime.bindings.crypto.HashHandle;
import io.node4j.runtime.bindings.crypto.Hmac;
import io.node4j.runtime.bindings.crypto.Kdf;

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
        job(() -> Kdf.pbkdf2(digest, p, s, iterations, keylen), callback);
    }

    @Export
    public ByteBuffer scrypt(Value password, Value salt, int n, int r, int p, int keylen) {
        return Bytes.out(Kdf.scrypt(Bytes.of(password), Bytes.of(salt), n, r, p, keylen));
    }

    @Export
    public void scryptJob(Value password, Value salt, int n, int r, int p, int keylen, Value callback) {
        byte[] pw = Bytes.of(password);
        byte[] s = Bytes.of(salt);
        job(() -> Kdf.scrypt(pw, s, n, r, p, keylen), callback);
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
        job(() -> Kdf.hkdf(digest, k, s, i, length), callback);
    }

    // ------------------------------------------------------------------ randomness

    @Export
    public ByteBuffer randomBytes(int size) {
        byte[] b = new byte[size];
        RANDOM.nextBytes(b);
        return Bytes.out(b);
    }

    @Export
    public void randomBytesJob(int size, Value callback) {
        job(() -> {
            byte[] b = new byte[size];
            RANDOM.nextBytes(b);
            return b;
        }, callback);
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

    // ------------------------------------------------------------------ jobs

    /** Runs {@code work} on the pool; {@code callback(error, result)} then runs on the loop thread. */
    void job(Callable<Object> work, Value callback) {
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
