package io.node4j.loop;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps a loop alive until released, for work another thread will post back to the loop later (a
 * request the runtime tracks itself). Counts as an active request. Taken on the loop thread with
 * {@link Loop#hold()}; released once, from any thread, by {@link #release()} or by {@link #post}, which
 * also runs a task on the loop thread.
 */
public final class Hold {
    private final Loop loop;
    private final AtomicBoolean released = new AtomicBoolean();

    Hold(Loop loop) {
        this.loop = loop;
    }

    /**
     * Runs {@code task} on the loop thread (poll phase) and releases the hold just before it; any
     * thread, once.
     *
     * @throws IllegalStateException if the hold was already released
     */
    public void post(Runnable task) {
        Objects.requireNonNull(task, "task");
        if (!released.compareAndSet(false, true)) {
            throw new IllegalStateException("hold already released");
        }
        loop.post(() -> {
            loop.requestFinished();
            task.run();
        });
    }

    /** Releases the hold; any thread; later calls do nothing. */
    public void release() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        if (loop.isInLoopThread()) {
            loop.requestFinished();
        } else {
            loop.post(loop::requestFinished);
        }
    }

    public boolean isReleased() {
        return released.get();
    }
}
