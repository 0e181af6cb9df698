package io.node4j.loop.signal;

import io.node4j.loop.Errno;
import io.node4j.loop.Handle;
import io.node4j.loop.Loop;
import io.node4j.loop.UvException;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Watches for a process signal, as libuv's {@code uv_signal_t}. Active (and so, while referenced,
 * keeping the loop alive) from {@link #start} until {@link #stop}, {@link #close} or, for
 * {@link #startOneShot}, the first delivery. The callback runs on the loop thread in the poll phase;
 * every loop with a handle started for the signal gets it, and every such handle on a loop is called.
 *
 * <p>The first started handle for a signal in the process replaces the JVM's handler for it; when the
 * last one stops, the handler that was there before comes back (for SIGINT, SIGTERM and SIGHUP that is
 * the JVM's own, which runs shutdown hooks and exits with 128+N; for the others, the OS default).
 * Which signals can be watched is in the module README; the others fail with {@code EINVAL}.
 */
public final class Signal extends Handle {
    private int signum;
    private IntConsumer callback;
    private boolean oneShot;

    public Signal(Loop loop) {
        super(loop);
    }

    /** Starts watching {@code signum}, or changes the callback (and signal) of a started handle. */
    public void start(int signum, IntConsumer callback) {
        start(signum, callback, false, "uv_signal_start");
    }

    /** As {@link #start}, but the handle stops itself just before the first callback. */
    public void startOneShot(int signum, IntConsumer callback) {
        start(signum, callback, true, "uv_signal_start_oneshot");
    }

    private void start(int newSignum, IntConsumer cb, boolean once, String syscall) {
        loop().assertInLoopThread();
        Objects.requireNonNull(cb, "callback");
        checkNotClosing(syscall);
        if (newSignum <= 0) {
            throw new UvException(Errno.EINVAL, syscall);
        }
        if (!isActive() || signum != newSignum) {
            SignalRegistry.add(this, newSignum); // may fail: then nothing changed
            if (isActive()) {
                SignalRegistry.remove(this, signum);
            }
            signum = newSignum;
        }
        callback = cb;
        oneShot = once;
        markActive();
    }

    /** Stops watching; idempotent. */
    public void stop() {
        loop().assertInLoopThread();
        if (isActive()) {
            SignalRegistry.remove(this, signum);
            signum = 0;
            callback = null;
            markInactive();
        }
    }

    /** The signal being watched, 0 when stopped. */
    public int signum() {
        return signum;
    }

    /** Called on the loop thread by the registry. */
    void deliver(int delivered) {
        if (!isActive() || isClosing() || signum != delivered) {
            return; // stopped, or moved to another signal, since the signal arrived
        }
        IntConsumer cb = callback;
        if (oneShot) {
            stop();
        }
        cb.accept(delivered);
    }

    @Override
    protected void doClose() {
        stop();
    }
}
