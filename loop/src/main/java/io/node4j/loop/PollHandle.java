package io.node4j.loop;

import java.nio.channels.SelectableChannel;
import java.util.Objects;

/**
 * Watches one {@link SelectableChannel} for readiness, as libuv's {@code uv_poll_t}: the smallest
 * handle over {@link Loop#register}, and the pattern a TCP or pipe handle follows. Active (keeping the
 * loop alive) while started. Closing the handle cancels the registration but does not close the channel.
 */
public final class PollHandle extends Handle {
    private final SelectableChannel channel;
    private Registration registration;
    private ReadyCallback callback;

    public PollHandle(Loop loop, SelectableChannel channel) {
        super(loop);
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    public SelectableChannel channel() {
        return channel;
    }

    /**
     * Starts watching for {@code ops} ({@link java.nio.channels.SelectionKey} bits), or changes the
     * operations and callback of a started handle. {@code cb} runs in the poll phase.
     */
    public void start(int ops, ReadyCallback cb) {
        Loop loop = loop();
        loop.assertInLoopThread("PollHandle.start");
        Objects.requireNonNull(cb, "cb");
        checkNotClosing("uv_poll_start");
        callback = cb;
        if (registration == null) {
            registration = loop.register(channel, ops, this::onReady);
        } else {
            registration.interestOps(ops);
        }
        markActive();
    }

    /** Stops watching; the registration stays (paused) until {@link #close}. */
    public void stop() {
        loop().assertInLoopThread("PollHandle.stop");
        if (registration != null && registration.isValid()) {
            registration.interestOps(0);
        }
        markInactive();
    }

    private void onReady(int readyOps) {
        if (isActive()) {
            callback.ready(readyOps);
        }
    }

    @Override
    protected void doClose() {
        markInactive();
        if (registration != null) {
            registration.cancel();
            registration = null;
        }
    }
}
