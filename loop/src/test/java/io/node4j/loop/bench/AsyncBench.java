package io.node4j.loop.bench;

import io.node4j.loop.Async;
import io.node4j.loop.Loop;
import io.node4j.loop.LoopMetrics;
import io.node4j.loop.RunMode;
import java.util.concurrent.locks.LockSupport;

/**
 * Cross-thread wake-ups per second. A producer thread calls {@link Async#send()} and then blocks
 * (LockSupport.park, a futex wait) until the loop thread's callback has published the count of calls
 * so far and unparked it; only then does it send again. So every send is one wake-up of a loop that
 * was (or was about to go) asleep in its poll, and one callback: nothing coalesces. One operation is
 * send → loop wakes → callback → producer wakes. Twin: bench/loop/async.js (a worker thread posts a
 * message, then Atomics.wait until the main thread's 'message' listener bumps a shared counter and
 * Atomics.notify's it).
 *
 * <p>Usage: {@code AsyncBench [WARMUP [MEASURED]]}
 */
public final class AsyncBench {
    private final long warmup;
    private final long target;
    private final Thread producer;
    /** Callbacks so far; written by the loop thread, read by the producer. */
    private volatile long acked;
    private long t0;
    private long t1;
    private long c0;
    private long c1;
    private LoopMetrics m0;
    private LoopMetrics m1;
    private Async async;

    private AsyncBench(long warmup, long measured) {
        this.warmup = warmup;
        this.target = warmup + measured;
        this.producer = new Thread(this::produce, "producer");
    }

    private void produce() {
        for (long i = 1; i <= target; i++) {
            async.send();
            while (acked < i) {
                LockSupport.park(this);
            }
        }
    }

    private void onAsync(Loop loop) {
        long n = acked + 1;
        if (n == warmup) {
            t0 = System.nanoTime();
            c0 = BenchOut.cpuNanos();
            m0 = loop.metrics();
        } else if (n == target) {
            t1 = System.nanoTime();
            c1 = BenchOut.cpuNanos();
            m1 = loop.metrics();
            async.close(null);
        }
        acked = n;
        LockSupport.unpark(producer);
    }

    public static void main(String[] args) throws InterruptedException {
        long warmup = BenchOut.arg(args, 0, 100_000);
        long measured = BenchOut.arg(args, 1, 300_000);
        Loop loop = new Loop();
        AsyncBench b = new AsyncBench(warmup, measured);
        b.async = new Async(loop, () -> b.onAsync(loop));
        b.producer.start();
        loop.run(RunMode.DEFAULT);
        b.producer.join();
        loop.close();
        if (b.acked != b.target) {
            throw new AssertionError("acked " + b.acked + " of " + b.target);
        }
        BenchOut.report("async", measured, b.t1 - b.t0, b.c1 - b.c0, b.m0, b.m1,
                "producer thread: send, park until the callback unparks it");
    }
}
