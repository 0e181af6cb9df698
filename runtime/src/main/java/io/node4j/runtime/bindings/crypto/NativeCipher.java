package io.node4j.runtime.bindings.crypto;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;

/**
 * One Cipheriv or Decipheriv on OpenSSL's EVP_CIPHER_CTX, as Node runs it: OpenSSL pads, holds back the
 * last block when decrypting, emits AEAD plaintext as it goes and checks the tag at final; its error
 * reasons ("bad decrypt", "wrong final block length") are what lib/ turns into Node's errors. Output
 * is written straight into the direct buffer that JS receives.
 */
final class NativeCipher {
    private final OpenSsl ssl;
    private final CipherSpec spec;
    private final boolean encrypt;
    private final int tagLength;
    private final MemorySegment ctx;
    private final Cleaner.Cleanable free;
    private final int[] outLength = new int[1];
    private byte[] authTag;
    private boolean finished;

    private NativeCipher(OpenSsl ssl, CipherSpec spec, boolean encrypt, int tagLength, MemorySegment ctx) {
        this.ssl = ssl;
        this.spec = spec;
        this.encrypt = encrypt;
        this.tagLength = tagLength;
        this.ctx = ctx;
        this.free = OpenSsl.freeLater(this, ssl.cipherCtxFree, ctx);
    }

    /** The cipher on OpenSSL, or null when OpenSSL is not in use or cannot run it (then JCA does). */
    static NativeCipher create(CipherSpec spec, boolean encrypt, byte[] key, byte[] iv, int tagLength) {
        OpenSsl ssl = OpenSsl.get();
        if (ssl == null || spec.mode().equals("wrap")) {
            return null;
        }
        MemorySegment cipher = ssl.cipher(spec.name());
        if (cipher == null) {
            return null;
        }
        try {
            MemorySegment ctx = (MemorySegment) ssl.cipherCtxNew.h().invokeExact();
            if (ctx.equals(MemorySegment.NULL)) {
                return null;
            }
            NativeCipher c = new NativeCipher(ssl, spec, encrypt, tagLength, ctx);
            int enc = encrypt ? 1 : 0;
            boolean ok = (int) ssl.cipherInit.h().invokeExact(ctx, cipher, MemorySegment.NULL, MemorySegment.NULL,
                    MemorySegment.NULL, enc) == 1;
            if (ok && spec.isAead() && iv.length != spec.ivLength()) {
                ok = (int) ssl.cipherCtrl.h().invokeExact(ctx, OpenSsl.EVP_CTRL_AEAD_SET_IVLEN, iv.length,
                        MemorySegment.NULL) == 1;
            }
            MemorySegment ivSegment = iv.length == 0 ? MemorySegment.NULL : MemorySegment.ofArray(iv);
            ok = ok && (int) ssl.cipherInit.h().invokeExact(ctx, MemorySegment.NULL, MemorySegment.NULL,
                    MemorySegment.ofArray(key), ivSegment, enc) == 1;
            if (!ok) {
                c.free.clean();
                ssl.clearErrors();
                return null;
            }
            return c;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private void checkLive() {
        if (finished) {
            throw new CipherHandle.Failure("Trying to add data in unsupported state");
        }
    }

    ByteBuffer update(byte[] in) {
        return update(MemorySegment.ofArray(in));
    }

    /** Runs the bytes of {@code src} (Java heap or native memory) through, a slice per critical call. */
    ByteBuffer update(MemorySegment src) {
        checkLive();
        int length = (int) src.byteSize();
        // A block cipher may give out one held-back block more than it is given.
        ByteBuffer out = ByteBuffer.allocateDirect(length + Math.max(spec.blockSize(), 1));
        MemorySegment dst = MemorySegment.ofBuffer(out);
        long written = 0;
        try {
            for (int done = 0; done < length;) {
                int n = Math.min(OpenSsl.SLICE, length - done);
                int ok = (int) ssl.cipherUpdate.h().invokeExact(ctx, dst.asSlice(written), MemorySegment.ofArray(outLength),
                        src.asSlice(done, n), n);
                if (ok != 1) {
                    throw new CipherHandle.Failure(ssl.takeError("Trying to add data in unsupported state"));
                }
                written += outLength[0];
                done += n;
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return out.slice(0, (int) written);
    }

    ByteBuffer doFinal() {
        checkLive();
        finished = true;
        try {
            boolean aead = spec.isAead();
            if (aead && !encrypt) {
                if (authTag == null) {
                    throw new CipherHandle.Failure("Unsupported state or unable to authenticate data");
                }
                int ok = (int) ssl.cipherCtrl.h().invokeExact(ctx, OpenSsl.EVP_CTRL_AEAD_SET_TAG, authTag.length,
                        MemorySegment.ofArray(authTag));
                if (ok != 1) {
                    ssl.clearErrors();
                    throw new CipherHandle.Failure("Unsupported state or unable to authenticate data");
                }
            }
            ByteBuffer out = ByteBuffer.allocateDirect(Math.max(spec.blockSize(), 1));
            int ok = (int) ssl.cipherFinal.h().invokeExact(ctx, MemorySegment.ofBuffer(out),
                    MemorySegment.ofArray(outLength));
            if (ok != 1) {
                String reason = ssl.takeError("Unsupported state or unable to authenticate data");
                throw new CipherHandle.Failure(aead ? "Unsupported state or unable to authenticate data" : reason);
            }
            if (aead && encrypt) {
                byte[] tag = new byte[tagLength];
                if ((int) ssl.cipherCtrl.h().invokeExact(ctx, OpenSsl.EVP_CTRL_AEAD_GET_TAG, tagLength,
                        MemorySegment.ofArray(tag)) != 1) {
                    throw new CipherHandle.Failure(ssl.takeError("Unsupported state"));
                }
                authTag = tag;
            }
            return out.slice(0, outLength[0]);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        } finally {
            free.clean();
        }
    }

    void setAutoPadding(boolean on) {
        if (finished) {
            return;
        }
        try {
            if ((int) ssl.cipherSetPadding.h().invokeExact(ctx, on ? 1 : 0) != 1) {
                ssl.clearErrors();
            }
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    void setAAD(byte[] aad) {
        checkLive();
        try {
            int ok = (int) ssl.cipherUpdate.h().invokeExact(ctx, MemorySegment.NULL, MemorySegment.ofArray(outLength),
                    MemorySegment.ofArray(aad), aad.length);
            if (ok != 1) {
                ssl.clearErrors();
            }
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    void setAuthTag(byte[] tag) {
        authTag = tag;
    }

    byte[] authTag() {
        return authTag;
    }
}
