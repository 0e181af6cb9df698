package io.node4j.loop;

import java.nio.channels.SelectableChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An event loop with libuv's phases and rules; see {@link #run(RunMode)} and the module README.
 *
 * <h2>Threads</h2>
 * A loop belongs to the thread that constructs it, for its whole life (so a runtime creates each loop
 * on the thread that will run it). Every method that changes loop state, and every handle method that
 * does, checks that it runs on that thread and throws {@link IllegalStateException} otherwise; plain
 * getters ({@link #now}, {@link #isAlive}, {@link Handle#isActive}...) do not check but only mean
 * something on the loop thread. Only these may be called from any thread:
 * {@link #execute}, {@link Async#send}, {@link Hold#post}, {@link Hold#release}, {@link #metrics},
 * {@link #isInLoopThread}, {@link #hrtime}. They "enqueue and wake": they put a task on the
 * {@code inbox} (or set an async's flag) and wake the poller.
 *
 * <h2>Locks</h2>
 * Loop state has no locks: one thread owns it. The only shared structures are the {@code inbox}
 * (guarded by {@code inboxLock}, held only to add or to swap the list out, never while running a
 * task), the atomic flags of async handles and {@code asyncSignal}, the poller's wake-up, and the
 * volatile metrics (written by the loop thread only).
 */
public final class Loop implements AutoCloseable, Executor {
    /** Rounds of pending callbacks run right after poll before the loop moves on (libuv's starvation guard). */
    static final int PENDING_ROUNDS_AFTER_POLL = 8;

    private final Thread owner;
    private final long startNanos;
    private final Poller poller;
    private final ThreadPool pool;

    private long now;
    private boolean running;
    private boolean stopRequested;
    private boolean closed;

    private final Set<Handle> handles = new LinkedHashSet<>();
    private int activeRefHandles;
    private int activeRequests;

    private final TimerHeap timers = new TimerHeap();
    private long timerSeq;
    private final WatcherList idleWatchers = new WatcherList();
    private final WatcherList prepareWatchers = new WatcherList();
    private final WatcherList checkWatchers = new WatcherList();
    private ArrayDeque<Runnable> pending = new ArrayDeque<>();
    private ArrayDeque<Runnable> pendingSpare = new ArrayDeque<>();
    /** Handles whose close callback is due, linked through {@link Handle#nextClosing}, newest first. */
    private Handle closingHead;

    private final List<Async> asyncs = new ArrayList<>();
    /** Set by any async send before the poller is woken; cleared by the poll phase before it looks. */
    private final AtomicBoolean asyncSignal = new AtomicBoolean();

    private final Object inboxLock = new Object();
    private ArrayList<Runnable> inbox = new ArrayList<>(); // guarded by inboxLock
    private boolean inboxClosed; // guarded by inboxLock
    private final Async inboxAsync;

    private volatile long iterations;
    private volatile long idleTimeNanos;
    /** True while the loop thread waits in the poll phase (a CPU profiler counts that time as idle). */
    private volatile boolean polling;

    /** A loop owned by the calling thread, on the shared thread pool and an NIO selector. */
    public Loop() {
        this(ThreadPool.shared(), new NioPoller());
    }

    /** A loop owned by the calling thread that queues work on {@code pool}. */
    public Loop(ThreadPool pool) {
        this(pool, new NioPoller());
    }

    public Loop(ThreadPool pool, Poller poller) {
        this.owner = Thread.currentThread();
        this.pool = Objects.requireNonNull(pool, "pool");
        this.poller = Objects.requireNonNull(poller, "poller");
        this.startNanos = System.nanoTime();
        this.inboxAsync = newInboxAsync();
    }

    private Async newInboxAsync() {
        Async async = new Async(this, this::drainInbox, true);
        async.unref();
        return async;
    }

    // ---------------------------------------------------------------- running

    /**
     * Runs the loop, as {@code uv_run}. Each iteration is:
     * pending → idle → prepare → poll → (pending again, bounded) → check → close → update time → timers.
     * In {@link RunMode#DEFAULT} the time is also updated and due timers run once before the first
     * iteration. Iterations continue while the loop is alive and {@link #stop()} was not called;
     * {@link RunMode#ONCE} and {@link RunMode#NOWAIT} do at most one.
     *
     * <p>A callback that throws ends the run: the exception propagates out of this method, the loop
     * stays consistent and can be run again.
     *
     * @return whether the loop is still alive (there is more to do)
     */
    public boolean run(RunMode mode) {
        assertInLoopThread("run");
        Objects.requireNonNull(mode, "mode");
        if (running) {
            throw new IllegalStateException("Loop.run called from inside a callback (run is not reentrant)");
        }
        running = true;
        try {
            boolean alive = isAlive();
            if (!alive) {
                updateTime();
            }
            if (mode == RunMode.DEFAULT && alive && !stopRequested) {
                updateTime();
                runTimers();
            }
            while (alive && !stopRequested) {
                iterate(mode);
                alive = isAlive();
                if (mode != RunMode.DEFAULT) {
                    break;
                }
            }
            return isAlive();
        } finally {
            stopRequested = false;
            running = false;
        }
    }

    /** One iteration; each step is one phase. */
    private void iterate(RunMode mode) {
        boolean canSleep = pending.isEmpty() && idleWatchers.isEmpty();
        runPending();
        idleWatchers.run();
        prepareWatchers.run();
        pollForIo(pollTimeout(mode, canSleep));
        runPendingAfterPoll();
        checkWatchers.run();
        runClosingHandles();
        updateTime();
        runTimers();
    }

    /** Makes {@link #run} return after the current iteration; the poll phase will not block. */
    public void stop() {
        assertInLoopThread("stop");
        stopRequested = true;
    }

    /**
     * Alive: an active referenced handle, an active request (work or {@link Hold}), a deferred pending
     * callback or a handle waiting for its close callback.
     */
    public boolean isAlive() {
        return activeRefHandles > 0 || activeRequests > 0 || !pending.isEmpty() || closingHead != null;
    }

    // ---------------------------------------------------------------- phases

    /** Timers phase: collect every due timer first, then call them in (due, start) order. */
    private void runTimers() {
        Timer next = timers.peek();
        if (next == null || next.due > now) {
            return;
        }
        ArrayDeque<Timer> ready = new ArrayDeque<>();
        while ((next = timers.peek()) != null && next.due <= now) {
            next.stop();
            next.ready = true;
            ready.add(next);
        }
        try {
            Timer t;
            while ((t = ready.poll()) != null) {
                if (t.ready) { // a callback before it may have stopped or restarted it
                    t.ready = false;
                    t.fire();
                }
            }
        } finally {
            for (Timer t : ready) {
                if (t.ready) {
                    t.rearm(); // a callback threw: the rest fire in the next timers phase
                }
            }
        }
    }

    /** Pending phase: runs the callbacks deferred so far; those deferred meanwhile wait for the next round. */
    private void runPending() {
        if (pending.isEmpty()) {
            return;
        }
        ArrayDeque<Runnable> batch = pending;
        pending = pendingSpare;
        try {
            Runnable r;
            while ((r = batch.poll()) != null) {
                r.run();
            }
        } finally {
            if (batch.isEmpty()) {
                pendingSpare = batch;
            } else { // a callback threw: keep the rest, ahead of the newer ones
                batch.addAll(pending);
                pending.clear();
                pendingSpare = pending;
                pending = batch;
            }
        }
    }

    /**
     * Callbacks deferred during poll (a write that completed at once, say) run in this iteration, but
     * at most {@value #PENDING_ROUNDS_AFTER_POLL} rounds, so callbacks that keep deferring cannot
     * starve the other phases; what is left runs in the next pending phase.
     */
    private void runPendingAfterPoll() {
        for (int round = 0; round < PENDING_ROUNDS_AFTER_POLL && !pending.isEmpty(); round++) {
            runPending();
        }
    }

    /** Poll phase: wait for I/O or a wake-up, run I/O callbacks, then the callbacks of signalled asyncs. */
    private void pollForIo(long timeoutMs) {
        iterations++;
        polling = true;
        long waited;
        try {
            waited = poller.poll(timeoutMs);
        } finally {
            polling = false;
        }
        if (waited > 0) {
            idleTimeNanos += waited;
        }
        runAsyncs();
    }

    private void runAsyncs() {
        if (!asyncSignal.getAndSet(false)) {
            return;
        }
        for (Async a : asyncs.toArray(new Async[0])) {
            a.dispatch();
        }
    }

    /** Close phase: run the close callbacks due so far; handles closed meanwhile wait for the next one. */
    private void runClosingHandles() {
        Handle h = closingHead;
        closingHead = null;
        try {
            while (h != null) {
                Handle current = h;
                h = h.nextClosing;
                current.nextClosing = null;
                current.finishClose();
            }
        } finally {
            if (h != null) { // a callback threw: put the rest back ahead of the newer ones
                Handle tail = h;
                while (tail.nextClosing != null) {
                    tail = tail.nextClosing;
                }
                tail.nextClosing = closingHead;
                closingHead = h;
            }
        }
    }

    /**
     * The poll timeout, as libuv's {@code uv_backend_timeout}: 0 when something is already waiting
     * (stop requested, nothing alive to wait for, active idle watchers, pending callbacks, closing
     * handles), else the time to the next timer, -1 (no limit) if there is none.
     */
    public long backendTimeout() {
        assertInLoopThread("backendTimeout");
        if (stopRequested || (activeRefHandles == 0 && activeRequests == 0)) {
            return 0;
        }
        if (!idleWatchers.isEmpty() || !pending.isEmpty() || closingHead != null) {
            return 0;
        }
        Timer next = timers.peek();
        if (next == null) {
            return -1;
        }
        return next.due <= now ? 0 : next.due - now;
    }

    private long pollTimeout(RunMode mode, boolean canSleep) {
        if (mode == RunMode.DEFAULT || (mode == RunMode.ONCE && canSleep)) {
            return backendTimeout();
        }
        return 0;
    }

    // ---------------------------------------------------------------- time

    /** The loop's clock: milliseconds since the loop was created, as of the last {@link #updateTime()}. */
    public long now() {
        return now;
    }

    /** Refreshes {@link #now()}; the loop does this before its timers phases. */
    public void updateTime() {
        assertInLoopThread("updateTime");
        now = (System.nanoTime() - startNanos) / 1_000_000L;
    }

    /** A monotonic clock in nanoseconds, arbitrary origin (libuv's {@code uv_hrtime}). */
    public static long hrtime() {
        return System.nanoTime();
    }

    // ---------------------------------------------------------------- cross-thread

    /**
     * Runs {@code task} on the loop thread in a coming poll phase; any thread. A submitted task does
     * not keep the loop alive: if the loop may otherwise exit first, take a {@link #hold()} on the
     * loop thread and use {@link Hold#post} instead. Tasks still queued when the loop closes are dropped.
     *
     * @throws RejectedExecutionException if the loop is closed
     */
    @Override
    public void execute(Runnable task) {
        post(task);
    }

    void post(Runnable task) {
        Objects.requireNonNull(task, "task");
        synchronized (inboxLock) {
            if (inboxClosed) {
                throw new RejectedExecutionException("loop is closed");
            }
            inbox.add(task);
        }
        inboxAsync.send();
    }

    /** The inbox async's callback: swap the list out under the lock, run it outside. */
    private void drainInbox() {
        ArrayList<Runnable> batch;
        synchronized (inboxLock) {
            if (inbox.isEmpty()) {
                return;
            }
            batch = inbox;
            inbox = new ArrayList<>();
        }
        int i = 0;
        try {
            while (i < batch.size()) {
                batch.get(i++).run();
            }
        } finally {
            if (i < batch.size()) { // a task threw: the rest run at the next wake-up
                synchronized (inboxLock) {
                    batch.subList(0, i).clear();
                    batch.addAll(inbox);
                    inbox = batch;
                }
                inboxAsync.send();
            }
        }
    }

    /** Keeps the loop alive until the returned hold is released (from any thread). */
    public Hold hold() {
        assertInLoopThread("hold");
        activeRequests++;
        return new Hold(this);
    }

    /**
     * Runs {@code work} on the thread pool, then {@code afterWork} (may be null) on this loop's thread
     * in the poll phase, as {@code uv_queue_work}. The request keeps the loop alive until then.
     */
    public <T> WorkRequest<T> queueWork(Callable<? extends T> work, AfterWork<? super T> afterWork) {
        assertInLoopThread("queueWork");
        WorkRequest<T> request = new WorkRequest<>(this, pool, work, afterWork);
        pool.submit(request);
        activeRequests++;
        return request;
    }

    public ThreadPool threadPool() {
        return pool;
    }

    void wakeForAsync() {
        asyncSignal.set(true);
        poller.wakeup();
    }

    // ---------------------------------------------------------------- deferral and I/O

    /**
     * Defers {@code callback} to the next pending phase (libuv's pending queue for I/O callbacks that
     * must not run inside the call that produced them). A deferred callback keeps the loop alive.
     */
    public void deferToPending(Runnable callback) {
        assertInLoopThread("deferToPending");
        pending.add(Objects.requireNonNull(callback, "callback"));
    }

    /**
     * Registers a channel with the loop's poller; {@code callback} runs in the poll phase when it is
     * ready. For handle implementations (TCP, pipes): the registration does not keep the loop alive.
     */
    public Registration register(SelectableChannel channel, int ops, ReadyCallback callback) {
        assertInLoopThread("register");
        return poller.register(channel, ops, callback);
    }

    /** Channels registered with this loop's poller (for leak checks). */
    public int registrationCount() {
        assertInLoopThread("registrationCount");
        return poller.registrationCount();
    }

    // ---------------------------------------------------------------- handles and requests

    /** The handles not yet closed (closing ones included), oldest first, as {@code uv_walk} sees them. */
    public List<Handle> handles() {
        assertInLoopThread("handles");
        List<Handle> list = new ArrayList<>(handles.size());
        for (Handle h : handles) {
            if (!h.isInternal()) {
                list.add(h);
            }
        }
        return list;
    }

    /** Active requests: queued or running work, and unreleased holds. */
    public int activeRequests() {
        return activeRequests;
    }

    /** Active handles that are referenced (the count the alive check uses). */
    public int activeHandles() {
        return activeRefHandles;
    }

    void addHandle(Handle h) {
        handles.add(h);
    }

    void removeHandle(Handle h) {
        handles.remove(h);
    }

    void activeRefChanged(int delta) {
        activeRefHandles += delta;
    }

    void requestFinished() {
        activeRequests--;
    }

    void makeClosePending(Handle h) {
        h.nextClosing = closingHead;
        closingHead = h;
    }

    TimerHeap timerHeap() {
        return timers;
    }

    long nextTimerSeq() {
        return timerSeq++;
    }

    WatcherList watchers(Watcher.Phase phase) {
        return switch (phase) {
            case IDLE -> idleWatchers;
            case PREPARE -> prepareWatchers;
            case CHECK -> checkWatchers;
        };
    }

    void watchAsync(Async a) {
        asyncs.add(a);
    }

    void unwatchAsync(Async a) {
        asyncs.remove(a);
    }

    // ---------------------------------------------------------------- metrics

    /** Whether the loop thread is waiting for I/O in the poll phase right now; any thread. */
    public boolean isPolling() {
        return polling;
    }

    /** Iterations and poll idle time so far; any thread. */
    public LoopMetrics metrics() {
        return new LoopMetrics(iterations, idleTimeNanos);
    }

    // ---------------------------------------------------------------- threads

    public Thread owner() {
        return owner;
    }

    public boolean isInLoopThread() {
        return Thread.currentThread() == owner;
    }

    /** For handle implementations in other packages: fails unless called on the loop thread of an open loop. */
    public void assertInLoopThread() {
        assertInLoopThread("a loop method");
    }

    void assertInLoopThread(String what) {
        Thread current = Thread.currentThread();
        if (current != owner) {
            throw new IllegalStateException(what + " called from thread " + current.getName()
                    + ", loop runs on " + owner.getName());
        }
        if (closed) {
            throw new IllegalStateException(what + " called on a closed loop");
        }
    }

    // ---------------------------------------------------------------- closing

    public boolean isClosed() {
        return closed;
    }

    /**
     * Releases the loop, as {@code uv_loop_close}: every handle must have been closed (and its close
     * callback run) and no request may be pending. Closing a closed loop does nothing.
     *
     * @throws UvException EBUSY if handles are open or requests pending
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        assertInLoopThread("close");
        if (running) {
            throw new IllegalStateException("Loop.close called from inside a callback");
        }
        for (Handle h : handles) {
            if (!h.isInternal()) {
                throw new UvException(Errno.EBUSY, "uv_loop_close");
            }
        }
        if (activeRequests > 0) {
            throw new UvException(Errno.EBUSY, "uv_loop_close");
        }
        synchronized (inboxLock) {
            inboxClosed = true;
            inbox.clear();
        }
        closed = true;
        poller.close();
    }

    @Override
    public String toString() {
        return "Loop[owner=" + owner.getName() + ", handles=" + handles.size() + ", activeRef="
                + activeRefHandles + ", requests=" + activeRequests + (closed ? ", closed" : "") + "]";
    }
}
