package io.node4j.loop;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker threads that run {@link Loop#queueWork} jobs, as libuv's threadpool. One instance,
 * {@link #shared()}, serves every loop of the process; its size comes from the environment variable
 * {@code UV_THREADPOOL_SIZE} (default 4, clamped to 1..1024, 4 if not a number). Threads are started
 * on first use, all at once, as daemon threads named {@code node4j-pool-1..N}. Jobs run in FIFO order.
 *
 * <p>Locking: the queue is a {@link LinkedBlockingQueue} (its own lock); a job's state is an atomic
 * that decides the race between a worker taking the job and the loop cancelling it; thread start-up is
 * guarded by this object's monitor. Work never touches loop state: it hands its result back through
 * the owning loop's completion queue ({@link Loop#post}).
 */
public final class ThreadPool {
    public static final int DEFAULT_SIZE = 4;
    public static final int MAX_SIZE = 1024;

    private static final class Shared {
        static final ThreadPool INSTANCE =
                new ThreadPool(sizeFromEnv(System.getenv("UV_THREADPOOL_SIZE")), "node4j-pool-", true);
    }

    private final int size;
    private final String namePrefix;
    private final boolean shared;
    private final LinkedBlockingQueue<WorkRequest<?>> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger running = new AtomicInteger();
    private Thread[] threads; // guarded by this
    private volatile boolean started;
    private volatile boolean shutdown;

    /** A private pool (for tests and embedders); the process-wide one is {@link #shared()}. */
    public ThreadPool(int size, String namePrefix) {
        this(size, namePrefix, false);
    }

    private ThreadPool(int size, String namePrefix, boolean shared) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("pool size must be 1.." + MAX_SIZE + ": " + size);
        }
        this.size = size;
        this.namePrefix = namePrefix;
        this.shared = shared;
    }

    public static ThreadPool shared() {
        return Shared.INSTANCE;
    }

    /** The pool size for a {@code UV_THREADPOOL_SIZE} value (null when unset). */
    static int sizeFromEnv(String value) {
        if (value == null) {
            return DEFAULT_SIZE;
        }
        long n;
        try {
            n = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return DEFAULT_SIZE;
        }
        return (int) Math.max(1, Math.min(MAX_SIZE, n));
    }

    public int size() {
        return size;
    }

    /** Whether the worker threads have been started (they are, on the first job). */
    public boolean isStarted() {
        return started;
    }

    /** Jobs a worker is running right now. */
    public int runningCount() {
        return running.get();
    }

    /** Jobs waiting for a worker. */
    public int queuedCount() {
        return queue.size();
    }

    /** Stops the workers of a private pool once their current job ends; queued jobs never run. */
    public void shutdown() {
        if (shared) {
            throw new IllegalStateException("the shared pool cannot be shut down");
        }
        shutdown = true;
        synchronized (this) {
            if (threads != null) {
                for (Thread t : threads) {
                    t.interrupt();
                }
            }
        }
    }

    void submit(WorkRequest<?> request) {
        if (shutdown) {
            throw new IllegalStateException("thread pool is shut down");
        }
        startThreads();
        queue.add(request);
    }

    /** Drops a cancelled request from the queue (it would be skipped anyway). */
    void forget(WorkRequest<?> request) {
        queue.remove(request);
    }

    private void startThreads() {
        if (started) {
            return;
        }
        synchronized (this) {
            if (started) {
                return;
            }
            threads = new Thread[size];
            for (int i = 0; i < size; i++) {
                threads[i] = Thread.ofPlatform().daemon().name(namePrefix + (i + 1)).unstarted(this::workerLoop);
                threads[i].start();
            }
            started = true;
        }
    }

    private void workerLoop() {
        while (!shutdown) {
            WorkRequest<?> request;
            try {
                request = queue.take();
            } catch (InterruptedException e) {
                continue; // shutdown() interrupts; the loop condition decides
            }
            running.incrementAndGet();
            try {
                request.runOnPool();
            } catch (RuntimeException e) {
                // Only handing the result back can fail here (the loop was abandoned and closed);
                // the worker must survive it.
            } finally {
                running.decrementAndGet();
            }
        }
    }
}
