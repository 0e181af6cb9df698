package io.node4j.runtime.bindings.crypto;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The system's OpenSSL 3 libcrypto, through the FFM API, for the symmetric work that is all throughput:
 * digests, PBKDF2, scrypt and block/stream ciphers. Node runs the same library (its bundled copy), so
 * its answers, and its speed, are OpenSSL's. node4j runs host Java under C1 only, where the JDK's
 * SHA-2, AES and GHASH (whose intrinsics are C2's) are 5–50× slower than OpenSSL: see bench/README.md.
 *
 * <p>Everything here is optional. {@link #get} is null when libcrypto.so.3 cannot be loaded, or when
 * the system property {@code node4j.openssl} (environment NODE4J_OPENSSL) is {@code 0}/{@code false};
 * then the JCA classes and node4j's own do the work, with the same results.
 *
 * <p>Calls that take microseconds to a millisecond (an update of at most {@link #SLICE} bytes, a final)
 * are {@linkplain Linker.Option#critical critical}: they read and write Java arrays in place and hold
 * off the garbage collector for their duration. PBKDF2 and scrypt, which may run for seconds, are not.
 */
public final class OpenSsl {
    /** The most bytes one critical call is given, so that a collection never waits long for it. */
    static final int SLICE = 256 * 1024;

    static final int EVP_CTRL_AEAD_SET_IVLEN = 0x9;
    static final int EVP_CTRL_AEAD_GET_TAG = 0x10;
    static final int EVP_CTRL_AEAD_SET_TAG = 0x11;

    private static final Cleaner CLEANER = Cleaner.create();
    private static final OpenSsl INSTANCE = load();

    final Fn mdFetch;
    final Fn mdCtxNew;
    final Fn mdCtxFree;
    final Fn digestInit;
    final Fn digestUpdate;
    final Fn digestFinal;
    final Fn digestFinalXof;
    final Fn mdCtxCopy;
    final Fn mdSize;
    final Fn pbkdf2;
    final Fn scrypt;
    final Fn cipherFetch;
    final Fn cipherCtxNew;
    final Fn cipherCtxFree;
    final Fn cipherInit;
    final Fn cipherCtrl;
    final Fn cipherUpdate;
    final Fn cipherFinal;
    final Fn cipherSetPadding;
    private final Fn randBytes;
    private final Fn errGet;
    private final Fn errReason;
    private final Fn errClear;

    /** Fetched algorithms by name (MemorySegment.NULL when OpenSSL has none): fetched once, never freed. */
    private final Map<String, MemorySegment> digests = new ConcurrentHashMap<>();
    private final Map<String, MemorySegment> ciphers = new ConcurrentHashMap<>();

    private OpenSsl(SymbolLookup lib) {
        boolean critical = true;
        mdFetch = new Fn(lib, "EVP_MD_fetch", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        mdCtxNew = new Fn(lib, "EVP_MD_CTX_new", FunctionDescriptor.of(ADDRESS));
        mdCtxFree = new Fn(lib, "EVP_MD_CTX_free", FunctionDescriptor.ofVoid(ADDRESS));
        digestInit = new Fn(lib, "EVP_DigestInit_ex",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        digestUpdate = new Fn(lib, "EVP_DigestUpdate",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG), critical);
        digestFinal = new Fn(lib, "EVP_DigestFinal_ex",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS), critical);
        digestFinalXof = new Fn(lib, "EVP_DigestFinalXOF",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG), critical);
        mdCtxCopy = new Fn(lib, "EVP_MD_CTX_copy_ex", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        mdSize = new Fn(lib, "EVP_MD_get_size", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        pbkdf2 = new Fn(lib, "PKCS5_PBKDF2_HMAC", FunctionDescriptor.of(JAVA_INT,
                ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
        scrypt = new Fn(lib, "EVP_PBE_scrypt", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG,
                ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG));
        cipherFetch = new Fn(lib, "EVP_CIPHER_fetch",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        cipherCtxNew = new Fn(lib, "EVP_CIPHER_CTX_new", FunctionDescriptor.of(ADDRESS));
        cipherCtxFree = new Fn(lib, "EVP_CIPHER_CTX_free", FunctionDescriptor.ofVoid(ADDRESS));
        cipherInit = new Fn(lib, "EVP_CipherInit_ex",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT), critical);
        cipherCtrl = new Fn(lib, "EVP_CIPHER_CTX_ctrl",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS), critical);
        cipherUpdate = new Fn(lib, "EVP_CipherUpdate",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT), critical);
        cipherFinal = new Fn(lib, "EVP_CipherFinal_ex",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS), critical);
        cipherSetPadding = new Fn(lib, "EVP_CIPHER_CTX_set_padding",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        randBytes = new Fn(lib, "RAND_bytes", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), critical);
        errGet = new Fn(lib, "ERR_get_error", FunctionDescriptor.of(JAVA_LONG));
        errReason = new Fn(lib, "ERR_reason_error_string", FunctionDescriptor.of(ADDRESS, JAVA_LONG));
        errClear = new Fn(lib, "ERR_clear_error", FunctionDescriptor.ofVoid());
    }

    /**
     * One libcrypto function, linked on its first call: linking costs 1–30 ms on a cold JVM, and a
     * program that hashes one string should not pay for the ciphers.
     */
    static final class Fn {
        private final SymbolLookup lib;
        private final String name;
        private final FunctionDescriptor descriptor;
        private final boolean critical;
        private volatile MethodHandle handle;

        Fn(SymbolLookup lib, String name, FunctionDescriptor descriptor) {
            this(lib, name, descriptor, false);
        }

        Fn(SymbolLookup lib, String name, FunctionDescriptor descriptor, boolean critical) {
            this.lib = lib;
            this.name = name;
            this.descriptor = descriptor;
            this.critical = critical;
        }

        MethodHandle h() {
            MethodHandle h = handle;
            if (h == null) {
                MemorySegment address = lib.find(name).orElseThrow(() -> new UnsupportedOperationException(name));
                Linker.Option[] options = critical ? new Linker.Option[] {Linker.Option.critical(true)}
                        : new Linker.Option[0];
                h = Linker.nativeLinker().downcallHandle(address, descriptor, options);
                handle = h;
            }
            return h;
        }
    }

    private static OpenSsl load() {
        String off = System.getProperty("node4j.openssl", System.getenv("NODE4J_OPENSSL"));
        if (off != null && (off.equals("0") || off.equalsIgnoreCase("false"))) {
            return null;
        }
        try {
            SymbolLookup lib = SymbolLookup.libraryLookup("libcrypto.so.3", Arena.global());
            // Only OpenSSL 3's library has the EVP_*_fetch functions used here; each algorithm is
            // fetched when first asked for, and one OpenSSL lacks stays with Java.
            return lib.find("EVP_MD_fetch").isPresent() && lib.find("EVP_MD_get_size").isPresent()
                    ? new OpenSsl(lib) : null;
        } catch (Throwable e) {
            return null;
        }
    }

    /** libcrypto, or null where node4j runs on the JDK's providers alone. */
    public static OpenSsl get() {
        return INSTANCE;
    }

    /** The digest algorithm OpenSSL knows by {@code name}, or null. */
    MemorySegment digest(String name) {
        MemorySegment md = digests.computeIfAbsent(name, n -> fetch(mdFetch, n));
        return md.equals(MemorySegment.NULL) ? null : md;
    }

    /** The cipher algorithm OpenSSL knows by {@code name}, or null. */
    MemorySegment cipher(String name) {
        MemorySegment c = ciphers.computeIfAbsent(name, n -> fetch(cipherFetch, n));
        return c.equals(MemorySegment.NULL) ? null : c;
    }

    private MemorySegment fetch(Fn fetcher, String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment found = (MemorySegment) fetcher.h().invokeExact(MemorySegment.NULL,
                    arena.allocateFrom(name), MemorySegment.NULL);
            if (found.equals(MemorySegment.NULL)) {
                clearErrors();
            }
            return found;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reason of the oldest error in this thread's queue (e.g. "bad decrypt"), clearing the queue. */
    String takeError(String fallback) {
        try {
            long code = (long) errGet.h().invokeExact();
            String reason = fallback;
            if (code != 0) {
                MemorySegment text = (MemorySegment) errReason.h().invokeExact(code);
                if (!text.equals(MemorySegment.NULL)) {
                    reason = text.reinterpret(Integer.MAX_VALUE).getString(0);
                }
            }
            errClear.h().invokeExact();
            return reason;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    void clearErrors() {
        try {
            errClear.h().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Frees {@code ctx} with {@code free} once its owner is unreachable, or at once when the returned
     * Cleanable is cleaned (each context is freed exactly once).
     */
    static Cleaner.Cleanable freeLater(Object owner, Fn free, MemorySegment ctx) {
        return CLEANER.register(owner, () -> {
            try {
                free.h().invokeExact(ctx);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Fills {@code b} from OpenSSL's CSPRNG (RAND_bytes, as Node's randomBytes); false if it failed. */
    public boolean randomBytes(byte[] b) {
        try {
            for (int done = 0; done < b.length;) {
                int n = Math.min(SLICE, b.length - done);
                if ((int) randBytes.h().invokeExact(MemorySegment.ofArray(b).asSlice(done, n), n) != 1) {
                    clearErrors();
                    return false;
                }
                done += n;
            }
            return true;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** PBKDF2-HMAC with OpenSSL's digest {@code md}. */
    byte[] pbkdf2(MemorySegment md, byte[] password, byte[] salt, int iterations, int keylen) {
        if (keylen == 0) {
            return new byte[0];
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(Math.max(keylen, 1));
            int ok = (int) pbkdf2.h().invokeExact(inNative(arena, password), password.length, inNative(arena, salt),
                    salt.length, iterations, md, keylen, out);
            if (ok != 1) {
                throw new IllegalStateException("PBKDF2: " + takeError("failed"));
            }
            return out.asSlice(0, keylen).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** scrypt (RFC 7914); the caller has checked the memory limit, so OpenSSL's is lifted. */
    byte[] scrypt(byte[] password, byte[] salt, long n, long r, long p, int keylen) {
        if (keylen == 0) {
            return new byte[0];
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(Math.max(keylen, 1));
            int ok = (int) scrypt.h().invokeExact(inNative(arena, password), (long) password.length, inNative(arena, salt),
                    (long) salt.length, n, r, p, Long.MAX_VALUE, out, (long) keylen);
            if (ok != 1) {
                throw new IllegalStateException("scrypt: " + takeError("failed"));
            }
            return out.asSlice(0, keylen).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static MemorySegment inNative(Arena arena, byte[] b) {
        MemorySegment s = arena.allocate(Math.max(b.length, 1));
        MemorySegment.copy(b, 0, s, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, b.length);
        return s;
    }
}
