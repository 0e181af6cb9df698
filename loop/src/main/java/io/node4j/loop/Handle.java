package io.node4j.loop;

import java.util.Objects;

/**
 * A long-lived object attached to a {@link Loop}, as libuv's {@code uv_handle_t}.
 *
 * <p>A handle is <em>active</em> while it is started (a timer armed, a watcher installed...). An active
 * handle that is also <em>referenced</em> (the default) keeps the loop alive. The loop keeps a count of
 * handles that are both, so its alive check is a comparison with zero: starting and stopping (subclasses
 * call {@link #markActive} and {@link #markInactive}),
 * {@link #ref} and {@link #unref} adjust that count when the other flag is set.
 *
 * <p>{@link #close(Runnable)} stops the handle at once and runs the callback in the loop's close phase,
 * exactly once. Until then the handle is <em>closing</em>; afterwards it is <em>closed</em> and no longer
 * listed by {@link Loop#handles()}. Every method must be called on the loop's thread.
 */
public abstract class Handle {
    private final Loop loop;
    private boolean active;
    private boolean referenced = true;
    private boolean closing;
    private boolean closed;
    private Runnable closeCallback;
    /** Next handle in the loop's close list (the loop links closing handles through this field). */
    Handle nextClosing;

    @SuppressWarnings("this-escape") // the loop only records the handle; it calls nothing on it here
    protected Handle(Loop loop) {
        this.loop = Objects.requireNonNull(loop, "loop");
        loop.assertInLoopThread("new " + getClass().getSimpleName());
        loop.addHandle(this);
    }

    public final Loop loop() {
        return loop;
    }

    /** Makes this handle keep the loop alive while it is active (the default). Idempotent. */
    public final void ref() {
        loop.assertInLoopThread("ref");
        if (!referenced) {
            referenced = true;
            if (active) {
                loop.activeRefChanged(+1);
            }
        }
    }

    /** Lets the loop exit even while this handle is active. Idempotent. */
    public final void unref() {
        loop.assertInLoopThread("unref");
        if (referenced) {
            referenced = false;
            if (active) {
                loop.activeRefChanged(-1);
            }
        }
    }

    public final boolean hasRef() {
        return referenced;
    }

    public final boolean isActive() {
        return active;
    }

    /** True from {@link #close} until the close callback has run, and after. */
    public final boolean isClosing() {
        return closing;
    }

    /** True once the close phase has finished with this handle. */
    public final boolean isClosed() {
        return closed;
    }

    /**
     * Stops the handle and releases what it holds; {@code onClose} (may be null) runs in the close
     * phase of this or the next iteration, exactly once.
     *
     * @throws IllegalStateException if the handle is already closing or closed
     */
    public final void close(Runnable onClose) {
        loop.assertInLoopThread("close");
        if (closing) {
            throw new IllegalStateException(getClass().getSimpleName() + " is already closing");
        }
        closing = true;
        closeCallback = onClose;
        doClose();
        markInactive();
        loop.makeClosePending(this);
    }

    /** Subclasses stop themselves and release resources here; called once, by {@link #close}. */
    protected abstract void doClose();

    /** Marks the handle active; subclasses call this when they start. */
    protected final void markActive() {
        if (!active) {
            active = true;
            if (referenced) {
                loop.activeRefChanged(+1);
            }
        }
    }

    /** Marks the handle inactive; subclasses call this when they stop. */
    protected final void markInactive() {
        if (active) {
            active = false;
            if (referenced) {
                loop.activeRefChanged(-1);
            }
        }
    }

    /** Fails with EINVAL, like libuv's start functions do, when the handle is closing or closed. */
    protected final void checkNotClosing(String syscall) {
        if (closing) {
            throw new UvException(Errno.EINVAL, syscall);
        }
    }

    /** Called by the loop's close phase: the handle is closed and its callback runs. */
    final void finishClose() {
        closed = true;
        loop.removeHandle(this);
        Runnable cb = closeCallback;
        closeCallback = null;
        try {
            beforeCloseCallback();
        } finally {
            if (cb != null) {
                cb.run();
            }
        }
    }

    /**
     * Runs in the close phase just before the close callback, where libuv finishes a stream's requests:
     * subclasses in other packages (TCP, pipes) call back their cancelled requests here. Does nothing
     * by default.
     */
    protected void beforeCloseCallback() {
    }

    /** Internal handles (the loop's own wake-up async) are hidden from {@link Loop#handles()}. */
    boolean isInternal() {
        return false;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[active=" + active + ", ref=" + referenced
                + (closing ? ", closing" : "") + (closed ? ", closed" : "") + "]";
    }
}
