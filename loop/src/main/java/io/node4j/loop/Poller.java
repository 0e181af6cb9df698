package io.node4j.loop;

import java.nio.channels.SelectableChannel;

/**
 * The loop's I/O backend: waits for channel readiness and runs the ready callbacks. {@link #wakeup()}
 * may be called from any thread; everything else only from the loop thread.
 *
 * <p>A wake-up is never lost: one that arrives before {@link #poll} makes that poll return at once.
 */
public interface Poller extends AutoCloseable {
    /**
     * Waits for ready channels or a wake-up, then calls the ready callbacks.
     *
     * @param timeoutMs 0: do not wait; negative: wait without limit; otherwise the longest wait
     * @return nanoseconds spent waiting (the loop's idle time)
     */
    long poll(long timeoutMs);

    /** Makes the current or next {@link #poll} return promptly; safe from any thread. */
    void wakeup();

    /**
     * Watches {@code channel} (switched to non-blocking mode) for {@code ops}.
     *
     * @throws UvException EBADF if the channel is closed
     */
    Registration register(SelectableChannel channel, int ops, ReadyCallback callback);

    /** The number of valid registrations (for leak checks). */
    int registrationCount();

    @Override
    void close();
}
