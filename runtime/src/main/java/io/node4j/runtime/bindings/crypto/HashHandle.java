package io.node4j.runtime.bindings.crypto;

import java.nio.ByteBuffer;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

/** One Hash or Hmac object's state. Large inputs are read from JS in slices, not copied whole. */
public final class HashHandle {
    private static final int SLICE = 1 << 20;

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
        if (digest != null && digest.isNative() && !data.isString()) {
            // OpenSSL reads the JS buffer's memory in place.
            digest.update(Bytes.view(data, encoding));
            return;
        }
        if (data.isString()) {
            feed(Bytes.decode(data.asString(), encoding));
            return;
        }
        Value buffer = data;
        long offset = 0;
        long length;
        if (data.hasBufferElements()) {
            length = data.getBufferSize();
        } else {
            buffer = data.getMember("buffer");
            offset = data.getMember("byteOffset").asLong();
            length = data.getMember("byteLength").asLong();
        }
        byte[] slice = new byte[(int) Math.min(SLICE, length)];
        for (long done = 0; done < length;) {
            int n = (int) Math.min(slice.length, length - done);
            buffer.readBuffer(offset + done, slice, 0, n);
            if (digest != null) {
                digest.update(slice, 0, n);
            } else {
                hmac.update(slice, 0, n);
            }
            done += n;
        }
    }

    private void feed(byte[] b) {
        if (digest != null) {
            digest.update(b);
        } else {
            hmac.update(b);
        }
    }

    /** The digest (for XOFs, {@code length} bytes); the handle is spent. */
    @Export
    public ByteBuffer digest(int length) {
        return Bytes.out(digestBytes(length));
    }

    byte[] digestBytes(int length) {
        return digest != null ? digest.digest(length) : hmac.doFinal();
    }

    @Export
    public HashHandle copy() {
        return digest != null ? new HashHandle(digest.clone()) : new HashHandle(hmac.copy());
    }
}
