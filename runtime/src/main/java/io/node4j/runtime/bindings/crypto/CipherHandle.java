package io.node4j.runtime.bindings.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.ChaCha20ParameterSpec;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

/**
 * One Cipheriv or Decipheriv: on OpenSSL when it is in use ({@link NativeCipher}), else as follows. JCA runs the block cipher without padding; PKCS#7 padding is done here
 * so that OpenSSL's errors come out as Node reports them ("bad decrypt", "wrong final block length").
 * AEAD decryption emits plaintext as it goes, as OpenSSL does: a keystream cipher (AES-CTR, ChaCha20)
 * produces it while the ciphertext is kept, and final() authenticates the whole with JCA's AEAD cipher.
 */
public final class CipherHandle {
    /** Thrown to JS as {@code {opensslError: true}}-style failures: lib/ maps the message to Node's error. */
    public static final class Failure extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        public Failure(String message) {
            super(message, null, false, false);
        }
    }

    private final CipherSpec spec;
    private final boolean encrypt;
    private final byte[] key;
    private final byte[] iv;
    private final int tagLength;
    private Cipher cipher;
    private boolean autoPadding = true;
    private byte[] held = new byte[0];
    private ByteArrayOutputStream aeadInput;
    private ByteArrayOutputStream aad;
    private byte[] authTag;
    private boolean started;
    private final NativeCipher fast;

    public CipherHandle(CipherSpec spec, boolean encrypt, byte[] key, byte[] iv, int tagLength) {
        this(spec, encrypt, key, iv, tagLength, true);
    }

    /** A cipher on OpenSSL when {@code openssl} and libcrypto can run it, else on JCA. */
    CipherHandle(CipherSpec spec, boolean encrypt, byte[] key, byte[] iv, int tagLength, boolean openssl) {
        this.fast = openssl ? NativeCipher.create(spec, encrypt, key, iv, tagLength) : null;
        this.spec = spec;
        this.encrypt = encrypt;
        this.key = key;
        this.iv = iv;
        this.tagLength = tagLength;
    }

    private Key secretKey() {
        return new SecretKeySpec(key, spec.keyAlgorithm());
    }

    private void start() {
        if (started) {
            return;
        }
        started = true;
        try {
            if (spec.isAead()) {
                boolean chacha = spec.name().equals("chacha20-poly1305");
                if (encrypt) {
                    cipher = Cipher.getInstance(spec.jca());
                    cipher.init(Cipher.ENCRYPT_MODE, secretKey(), chacha ? new IvParameterSpec(iv)
                            : new GCMParameterSpec(tagLength * 8, iv));
                    if (aad != null) {
                        cipher.updateAAD(aad.toByteArray());
                    }
                } else {
                    aeadInput = new ByteArrayOutputStream();
                    if (chacha) {
                        cipher = Cipher.getInstance("ChaCha20");
                        cipher.init(Cipher.DECRYPT_MODE, secretKey(), new ChaCha20ParameterSpec(iv, 1));
                    } else if (iv.length == 12) {
                        byte[] counter = Arrays.copyOf(iv, 16);
                        counter[15] = 2;
                        cipher = Cipher.getInstance("AES/CTR/NoPadding");
                        cipher.init(Cipher.DECRYPT_MODE, secretKey(), new IvParameterSpec(counter));
                    }
                }
            } else {
                cipher = Cipher.getInstance(spec.jca());
                int mode = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
                if (spec.ivLength() == 0) {
                    cipher.init(mode, secretKey());
                } else if (spec.name().equals("chacha20")) {
                    int counter = (iv[0] & 0xff) | (iv[1] & 0xff) << 8 | (iv[2] & 0xff) << 16 | (iv[3] & 0xff) << 24;
                    cipher.init(mode, secretKey(), new ChaCha20ParameterSpec(Arrays.copyOfRange(iv, 4, 16), counter));
                } else {
                    cipher.init(mode, secretKey(), new IvParameterSpec(iv));
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Export
    public ByteBuffer update(Value data, String encoding) {
        if (fast != null) {
            // OpenSSL reads the JS buffer's memory in place.
            return fast.update(java.lang.foreign.MemorySegment.ofBuffer(Bytes.view(data, encoding)));
        }
        return update(Bytes.of(data, encoding));
    }

    ByteBuffer update(byte[] in) {
        return fast != null ? fast.update(in) : Bytes.out(updateJca(in));
    }

    private byte[] updateJca(byte[] in) {
        start();
        if (spec.mode().equals("wrap")) {
            // As OpenSSL's wrap ciphers, each update() wraps or unwraps its input whole.
            try {
                return cipher.doFinal(in);
            } catch (GeneralSecurityException e) {
                throw new Failure("Trying to add data in unsupported state");
            }
        }
        if (aeadInput != null) {
            aeadInput.write(in, 0, in.length);
            if (cipher == null) {
                return new byte[0];
            }
        }
        byte[] out = cipher.update(in);
        if (out == null) {
            out = new byte[0];
        }
        if (!encrypt && autoPadding && spec.isPadded()) {
            // Hold back the last decrypted block: it may be the padding, known only at final().
            byte[] all = concat(held, out);
            int keep = all.length == 0 ? 0 : spec.blockSize();
            held = Arrays.copyOfRange(all, all.length - keep, all.length);
            return Arrays.copyOf(all, all.length - keep);
        }
        return out;
    }

    @Export
    public ByteBuffer doFinal() {
        if (fast != null) {
            return fast.doFinal();
        }
        start();
        try {
            if (spec.isAead()) {
                return Bytes.out(finishAead());
            }
            if (spec.mode().equals("wrap")) {
                return Bytes.out(new byte[0]);
            }
            int pending = cipher.getOutputSize(0);
            if (spec.isPadded()) {
                int bs = spec.blockSize();
                if (encrypt && autoPadding) {
                    byte[] pad = new byte[bs - pending % bs];
                    Arrays.fill(pad, (byte) pad.length);
                    return Bytes.out(cipher.doFinal(pad));
                }
                if (pending % bs != 0) {
                    throw new Failure("wrong final block length");
                }
                byte[] last = concat(held, cipher.doFinal());
                held = new byte[0];
                if (encrypt || !autoPadding) {
                    return Bytes.out(last);
                }
                if (last.length != bs) {
                    throw new Failure("wrong final block length");
                }
                int n = last[bs - 1] & 0xff;
                boolean ok = n >= 1 && n <= bs;
                for (int i = bs - n; ok && i < bs; i++) {
                    ok = last[i] == (byte) n;
                }
                if (!ok) {
                    throw new Failure("bad decrypt");
                }
                return Bytes.out(last, 0, bs - n);
            }
            return Bytes.out(cipher.doFinal());
        } catch (GeneralSecurityException e) {
            throw new Failure(e.getMessage());
        }
    }

    private byte[] finishAead() throws GeneralSecurityException {
        if (encrypt) {
            byte[] out = cipher.doFinal();
            authTag = Arrays.copyOfRange(out, out.length - tagLength, out.length);
            return Arrays.copyOf(out, out.length - tagLength);
        }
        if (authTag == null) {
            throw new Failure("Unsupported state or unable to authenticate data");
        }
        boolean chacha = spec.name().equals("chacha20-poly1305");
        Cipher check = Cipher.getInstance(spec.jca());
        check.init(Cipher.DECRYPT_MODE, secretKey(), chacha ? new IvParameterSpec(iv)
                : new GCMParameterSpec(authTag.length * 8, iv));
        if (aad != null) {
            check.updateAAD(aad.toByteArray());
        }
        byte[] input = aeadInput.toByteArray();
        byte[] plain;
        try {
            check.update(input);
            plain = check.doFinal(authTag);
        } catch (AEADBadTagException e) {
            throw new Failure("Unsupported state or unable to authenticate data");
        }
        // Without a keystream cipher (GCM with an IV other than 96 bits), the plaintext comes now.
        return cipher == null ? plain : new byte[0];
    }

    @Export
    public boolean setAutoPadding(boolean on) {
        if (fast != null) {
            fast.setAutoPadding(on);
            return true;
        }
        if (started && !spec.isPadded()) {
            return true;
        }
        autoPadding = on;
        return true;
    }

    @Export
    public void setAAD(Value data) {
        setAAD(Bytes.of(data));
    }

    void setAAD(byte[] b) {
        if (fast != null) {
            fast.setAAD(b);
            return;
        }
        if (aad == null) {
            aad = new ByteArrayOutputStream();
        }
        aad.write(b, 0, b.length);
    }

    @Export
    public void setAuthTag(Value tag) {
        setAuthTag(Bytes.of(tag));
    }

    void setAuthTag(byte[] tag) {
        if (fast != null) {
            fast.setAuthTag(tag);
            return;
        }
        authTag = tag;
    }

    /** Whether OpenSSL runs this cipher. */
    boolean isNative() {
        return fast != null;
    }

    @Export
    public ByteBuffer getAuthTag() {
        byte[] authTag = fast != null ? fast.authTag() : this.authTag;
        return authTag == null ? null : Bytes.out(authTag);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
