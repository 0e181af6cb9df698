package io.node4j.loop.net;

import io.node4j.loop.UvException;
import java.nio.ByteBuffer;

/** Called on the loop thread with what a {@link Stream} read, as libuv's {@code uv_read_cb}. */
@FunctionalInterface
public interface ReadCallback {
    /**
     * Exactly one argument is non-null: {@code data} (a fresh buffer the callee owns, position 0,
     * at least one byte) or {@code error}. The end of the stream is an error with
     * {@link io.node4j.loop.Errno#EOF}; after it, or after any other error, reading has stopped.
     */
    void onRead(ByteBuffer data, UvException error);
}
