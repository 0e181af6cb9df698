package io.node4j.loop;

import java.nio.channels.SelectableChannel;

/**
 * A channel registered with a {@link Poller}. Loop-thread only. A registration does not keep the loop
 * alive by itself: the handle that owns it (a TCP socket, a {@link PollHandle}) does that.
 */
public interface Registration {
    SelectableChannel channel();

    /** The {@link java.nio.channels.SelectionKey} operations watched; 0 while paused. */
    int interestOps();

    /** Changes the watched operations; 0 pauses the registration without cancelling it. */
    void interestOps(int ops);

    /** Removes the registration for good; idempotent. The callback is not called afterwards. */
    void cancel();

    /**
     * Cancels the registration and closes its channel at once. A channel closed while registered
     * keeps its descriptor until the selector lets the key go, so a listening socket would go on
     * accepting (and then reset) connections and hold its port; this releases the descriptor now,
     * as close(2) does in libuv. Idempotent.
     */
    void close();

    /** False once cancelled, or once the channel was closed. */
    boolean isValid();
}
