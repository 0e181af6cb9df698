package io.node4j.runtime.bindings.crypto;

/**
 * HMAC (RFC 2104) over any {@link Digest}. The inner and outer states after the padded key are kept,
 * so each MAC costs clones of them rather than two more compressions (what makes PBKDF2 fast).
 */
public final class Hmac {
    private final Digest innerKeyed;
    private final Digest outerKeyed;
    private Digest inner;

    public Hmac(String canonical, byte[] key) {
        int block = Digest.blockSize(canonical);
        if (key.length > block) {
            Digest d = new Digest(canonical);
            d.update(key);
            key = d.digest();
        }
        byte[] ipad = new byte[block];
        byte[] opad = new byte[block];
        for (int i = 0; i < block; i++) {
            byte k = i < key.length ? key[i] : 0;
            ipad[i] = (byte) (k ^ 0x36);
            opad[i] = (byte) (k ^ 0x5c);
        }
        innerKeyed = new Digest(canonical);
        innerKeyed.update(ipad);
        outerKeyed = new Digest(canonical);
        outerKeyed.update(opad);
        inner = innerKeyed.clone();
    }

    private Hmac(Hmac other) {
        innerKeyed = other.innerKeyed;
        outerKeyed = other.outerKeyed;
        inner = other.inner.clone();
    }

    public void update(byte[] b, int off, int len) {
        inner.update(b, off, len);
    }

    public void update(byte[] b) {
        update(b, 0, b.length);
    }

    void update(java.nio.ByteBuffer b) {
        inner.update(b);
    }

    /** The MAC of everything given so far; the instance is then ready for a new message. */
    public byte[] doFinal() {
        byte[] h = inner.digest();
        Digest outer = outerKeyed.clone();
        outer.update(h);
        inner = innerKeyed.clone();
        return outer.digest();
    }

    public Hmac copy() {
        return new Hmac(this);
    }

    public int size() {
        return innerKeyed.defaultSize();
    }
}
