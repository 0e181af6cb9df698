package io.node4j.loop;

import java.util.Objects;

/**
 * A callback run once per loop iteration in one of the loop's fixed phases: libuv's
 * {@code uv_idle_t}, {@code uv_prepare_t} and {@code uv_check_t}, as one class.
 *
 * <p>A watcher started while its own phase is running first runs in the next iteration; one stopped
 * during its phase is not called afterwards in that phase. As in libuv, a newly started watcher goes to
 * the front of its phase's list, and {@link #start} on an already active watcher changes nothing
 * (not even the callback). Active idle watchers make the poll phase non-blocking.
 */
public final class Watcher extends Handle {
    /** The loop phase a watcher runs in. */
    public enum Phase {
        /** Before prepare, every iteration; keeps the poll phase from blocking. */
        IDLE,
        /** Right before the poll phase. */
        PREPARE,
        /** Right after the poll phase (where Node runs setImmediate callbacks). */
        CHECK
    }

    private final Phase phase;
    private Runnable callback;
    /** The phase run this watcher was last enrolled in; 0 after a (re)start, so it misses a run in progress. */
    long runToken;

    public Watcher(Loop loop, Phase phase) {
        super(loop);
        this.phase = Objects.requireNonNull(phase, "phase");
    }

    public Phase phase() {
        return phase;
    }

    /** Installs the watcher; {@code cb} runs in every iteration's {@link #phase()} until {@link #stop()}. */
    public void start(Runnable cb) {
        loop().assertInLoopThread("Watcher.start");
        Objects.requireNonNull(cb, "cb");
        checkNotClosing("uv_" + phase.name().toLowerCase(java.util.Locale.ROOT) + "_start");
        if (isActive()) {
            return;
        }
        callback = cb;
        runToken = 0;
        loop().watchers(phase).add(this);
        markActive();
    }

    public void stop() {
        loop().assertInLoopThread("Watcher.stop");
        if (isActive()) {
            loop().watchers(phase).remove(this);
            markInactive();
        }
    }

    void invoke() {
        callback.run();
    }

    @Override
    protected void doClose() {
        stop();
    }
}
