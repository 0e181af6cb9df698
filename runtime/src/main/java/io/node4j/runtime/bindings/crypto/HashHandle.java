package io.node4j.runtime.bindings.crypto;

import java.nio.ByteBuffer;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

/** One Hash or Hmac object's state. */
public final class HashHandle {
    private final Digest digest;
    private final Hmac hmac;

    public HashHandle(Digest digest) {
        this.digest = digest;
        this.hmac = null;
    }

    public HashHandle(Hmac hmac) {
        this.digest = null;
        this.hmac = hmac;
    }

    @Export
    public void update(Value data, String encoding) {
        // The JS buffer's memory is read in place where the engine exposes it.
        ByteBuffer bytes = Bytes.view(data, encoding);
        if (digest != null) {
            digest.update(bytes);
        } else {
            hmac.update(bytes);
        }
    }

    /** The digest (for XOFs, {@code length} bytes); the handle is spent. */
    @Export
    public ByteBuffer digest(int length) {
        return Bytes.out(digestBytes(length));
    }

    /** The digest as text in {@code encoding} (digest('hex') and the like: no buffer crosses to JS). */
    @Export
    public String digestEncoded(int length, String encoding) {
        return Bytes.encode(digestBytes(length), encoding);
    }

    byte[] digestBytes(int length) {
        return digest != null ? digest.digest(length) : hmac.doFinal();
    }

    @Export
    public HashHandle copy() {
        return digest != null ? new HashHandle(digest.clone()) : new HashHandle(hmac.copy());
    }
}
