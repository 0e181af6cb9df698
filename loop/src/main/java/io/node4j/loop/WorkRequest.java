package io.node4j.loop;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A job queued on the {@link ThreadPool} by {@link Loop#queueWork}, as libuv's {@code uv_work_t}.
 * While pending it is an active request: it keeps its loop alive until its {@link AfterWork} has run.
 *
 * <p>Threads: the work runs on a pool thread and must not touch loop state. Its outcome is stored in
 * this object and handed to the loop through {@link Loop#post}, whose lock publishes it; after-work
 * then runs on the loop thread. The atomic {@code state} decides whether a worker or {@link #cancel}
 * gets the job.
 *
 * @param <T> the work's result type
 */
public final class WorkRequest<T> {
    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int CANCELLED = 3;

    private final Loop loop;
    private final ThreadPool pool;
    private final Callable<? extends T> work;
    private final AfterWork<? super T> afterWork;
    private final AtomicInteger state = new AtomicInteger(QUEUED);
    private T result;
    private Throwable error;
    private boolean finished; // loop thread

    WorkRequest(Loop loop, ThreadPool pool, Callable<? extends T> work, AfterWork<? super T> afterWork) {
        this.loop = loop;
        this.pool = pool;
        this.work = Objects.requireNonNull(work, "work");
        this.afterWork = afterWork;
    }

    /**
     * Cancels the job if no worker has taken it yet: after-work then runs (in the poll phase, not
     * inside this call) with a {@link UvException} ECANCELED.
     *
     * @return true if cancelled; false if the work is running or done
     */
    public boolean cancel() {
        loop.assertInLoopThread("WorkRequest.cancel");
        if (!state.compareAndSet(QUEUED, CANCELLED)) {
            return false;
        }
        pool.forget(this);
        error = new UvException(Errno.ECANCELED, "uv_cancel");
        loop.post(this::complete);
        return true;
    }

    /** True once after-work has run (or is running). Loop thread. */
    public boolean isFinished() {
        return finished;
    }

    /** Worker thread: runs the work unless cancelled, catching everything it throws. */
    void runOnPool() {
        if (!state.compareAndSet(QUEUED, RUNNING)) {
            return;
        }
        try {
            result = work.call();
        } catch (Throwable t) {
            error = t;
        }
        state.set(DONE);
        loop.post(this::complete);
    }

    /** Loop thread, poll phase. */
    private void complete() {
        finished = true;
        loop.requestFinished();
        if (afterWork != null) {
            afterWork.done(result, error);
        }
    }
}
