package io.node4j.runtime.bindings.crypto;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;

/**
 * One running OpenSSL digest (an EVP_MD_CTX). The context is freed when the digest is finished, or by a
 * Cleaner if its owner drops it unfinished.
 */
final class NativeDigest {
    /** EVP_MAX_MD_SIZE: no fixed-size digest is longer. */
    private static final int MAX_SIZE = 64;

    private final OpenSsl ssl;
    private final MemorySegment md;
    private final MemorySegment ctx;
    private final Cleaner.Cleanable free;
    private boolean finished;

    private NativeDigest(OpenSsl ssl, MemorySegment md, MemorySegment ctx) {
        this.ssl = ssl;
        this.md = md;
        this.ctx = ctx;
        this.free = OpenSsl.freeLater(this, ssl.mdCtxFree, ctx);
    }

    /** A new digest by OpenSSL name, or null when OpenSSL is not in use or has no such digest. */
    static NativeDigest create(String name) {
        OpenSsl ssl = OpenSsl.get();
        MemorySegment md = ssl == null ? null : ssl.digest(name);
        if (md == null) {
            return null;
        }
        try {
            NativeDigest d = new NativeDigest(ssl, md, newContext(ssl));
            if ((int) ssl.digestInit.h().invokeExact(d.ctx, md, MemorySegment.NULL) != 1) {
                d.free.clean();
                ssl.clearErrors();
                return null;
            }
            return d;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static MemorySegment newContext(OpenSsl ssl) throws Throwable {
        MemorySegment ctx = (MemorySegment) ssl.mdCtxNew.h().invokeExact();
        if (ctx.equals(MemorySegment.NULL)) {
            throw new OutOfMemoryError("EVP_MD_CTX_new");
        }
        return ctx;
    }

    int size() {
        try {
            return (int) ssl.mdSize.h().invokeExact(md);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private void checkLive() {
        if (finished) {
            throw new IllegalStateException("digest already finished");
        }
    }

    void update(byte[] b, int off, int len) {
        update(MemorySegment.ofArray(b).asSlice(off, len));
    }

    /** Feeds the bytes of {@code data} (Java heap or native memory) a slice per critical call. */
    void update(MemorySegment data) {
        checkLive();
        long len = data.byteSize();
        try {
            for (long done = 0; done < len;) {
                long n = Math.min(OpenSsl.SLICE, len - done);
                int ok = (int) ssl.digestUpdate.h().invokeExact(ctx, data.asSlice(done, n), n);
                if (ok != 1) {
                    throw new IllegalStateException("EVP_DigestUpdate: " + ssl.takeError("failed"));
                }
                done += n;
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest ({@code length} bytes for an XOF, else its size); the context is freed. */
    byte[] finish(boolean xof, int length) {
        checkLive();
        finished = true;
        try {
            int ok;
            byte[] out;
            if (xof) {
                out = new byte[length];
                ok = length == 0 ? 1
                        : (int) ssl.digestFinalXof.h().invokeExact(ctx, MemorySegment.ofArray(out), (long) length);
            } else {
                int[] size = new int[1];
                out = new byte[MAX_SIZE];
                ok = (int) ssl.digestFinal.h().invokeExact(ctx, MemorySegment.ofArray(out), MemorySegment.ofArray(size));
                out = size[0] == MAX_SIZE ? out : java.util.Arrays.copyOf(out, size[0]);
            }
            if (ok != 1) {
                throw new IllegalStateException("EVP_DigestFinal: " + ssl.takeError("failed"));
            }
            return out;
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        } finally {
            free.clean();
        }
    }

    NativeDigest copy() {
        checkLive();
        try {
            NativeDigest d = new NativeDigest(ssl, md, newContext(ssl));
            if ((int) ssl.mdCtxCopy.h().invokeExact(d.ctx, ctx) != 1) {
                throw new IllegalStateException("EVP_MD_CTX_copy_ex: " + ssl.takeError("failed"));
            }
            return d;
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
