package io.node4j.loop.net;

import io.node4j.loop.UvException;

/** Completion of a stream request (connect, write, shutdown), on the loop thread. */
@FunctionalInterface
public interface StatusCallback {
    /** @param error null on success */
    void done(UvException error);
}
