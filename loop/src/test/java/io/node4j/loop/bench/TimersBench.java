package io.node4j.loop.bench;

import io.node4j.loop.Loop;
import io.node4j.loop.LoopMetrics;
import io.node4j.loop.RunMode;
import io.node4j.loop.Timer;

/**
 * Timers scheduled and fired per second. {@code CHAINS} timers are in flight at once; each callback
 * counts itself and re-arms its timer for 1 ms later, until {@code WARMUP + MEASURED} timers have
 * fired. Only the last {@code MEASURED} firings are timed (the first ones let the JIT compile the
 * path). With enough chains a timers phase takes longer than the 1 ms delay, so the loop never
 * sleeps and the figure is the cost of start + heap + fire, not the clock (the idle share printed
 * shows it). Twin: bench/loop/timers.js (setTimeout(fn, 1); Node turns a 0 into 1, hence 1 here).
 *
 * <p>Usage: {@code TimersBench [CHAINS [WARMUP [MEASURED]]]}
 */
public final class TimersBench {
    private long started;
    private long fired;
    private final long warmup;
    private final long target;
    private long t0;
    private long t1;
    private long c0;
    private long c1;
    private LoopMetrics m0;
    private LoopMetrics m1;
    private final Loop loop;

    private TimersBench(Loop loop, long warmup, long measured) {
        this.loop = loop;
        this.warmup = warmup;
        this.target = warmup + measured;
    }

    /** One chain: a timer whose callback re-arms it while the budget lasts. */
    private final class Chain implements Runnable {
        final Timer timer = new Timer(loop);

        void arm() {
            started++;
            timer.start(this, 1, 0);
        }

        @Override
        public void run() {
            fired++;
            if (fired == warmup) {
                t0 = System.nanoTime();
                c0 = BenchOut.cpuNanos();
                m0 = loop.metrics();
            } else if (fired == target) {
                t1 = System.nanoTime();
                c1 = BenchOut.cpuNanos();
                m1 = loop.metrics();
            }
            if (started < target) {
                arm();
            } else {
                timer.close(null);
            }
        }
    }

    public static void main(String[] args) {
        int chains = (int) BenchOut.arg(args, 0, 100_000);
        long warmup = BenchOut.arg(args, 1, 3_000_000);
        long measured = BenchOut.arg(args, 2, 10_000_000);
        Loop loop = new Loop();
        TimersBench b = new TimersBench(loop, warmup, measured);
        for (int i = 0; i < chains; i++) {
            b.new Chain().arm();
        }
        loop.run(RunMode.DEFAULT);
        loop.close();
        if (b.fired != b.target) {
            throw new AssertionError("fired " + b.fired + " of " + b.target);
        }
        BenchOut.report("timers", measured, b.t1 - b.t0, b.c1 - b.c0, b.m0, b.m1,
                chains + " timers in flight, 1 ms each, callback re-arms its own handle");
    }
}
