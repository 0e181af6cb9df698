package io.node4j.loop;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Wakes the loop from any thread, as libuv's {@code uv_async_t}. An async handle is active from
 * creation until closed. {@link #send()} may be called from any thread; the callback runs on the loop
 * thread in the poll phase. Sends that arrive before the callback runs coalesce into one call, and a
 * send that arrives while the callback is running causes one more call, so the last send is always
 * followed by a callback.
 */
public final class Async extends Handle {
    private final Runnable callback;
    private final boolean internal;
    /** Set by {@link #send}, cleared by the loop just before it calls the callback. */
    private final AtomicBoolean pending = new AtomicBoolean();

    public Async(Loop loop, Runnable callback) {
        this(loop, callback, false);
    }

    Async(Loop loop, Runnable callback, boolean internal) {
        super(loop);
        this.callback = Objects.requireNonNull(callback, "callback");
        this.internal = internal;
        loop.watchAsync(this);
        markActive();
    }

    /**
     * Requests a callback; safe from any thread, never blocks. A send after {@link #close} is ignored
     * (a foreign thread cannot know when the loop closed the handle).
     */
    public void send() {
        if (pending.compareAndSet(false, true)) {
            loop().wakeForAsync();
        }
    }

    /** Called by the poll phase: runs the callback if a send is pending. */
    void dispatch() {
        if (!isClosing() && pending.getAndSet(false)) {
            callback.run();
        }
    }

    @Override
    boolean isInternal() {
        return internal;
    }

    @Override
    protected void doClose() {
        loop().unwatchAsync(this);
    }
}
