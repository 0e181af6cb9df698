package io.node4j.loop.net;

import io.node4j.loop.UvException;

/**
 * Called on the loop thread when a listening stream has a connection to {@code accept()}, as libuv's
 * {@code uv_connection_cb}. If the callee does not accept it, the server stops accepting until it does.
 */
@FunctionalInterface
public interface ConnectionCallback {
    /** @param error null when a connection is waiting; otherwise why accepting failed */
    void onConnection(UvException error);
}
