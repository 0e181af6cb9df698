package io.node4j.loop.bench;

import io.node4j.loop.LoopMetrics;
import java.util.Locale;

/**
 * What every loop benchmark prints: one machine line {@code ops/s: N} (read by {@code bench/run-loop})
 * and one line for people. The JS twins in {@code bench/loop/} print the same two lines.
 */
final class BenchOut {
    private BenchOut() {
    }

    /** The positional argument {@code i} as a long, or {@code fallback} when absent. */
    static long arg(String[] args, int i, long fallback) {
        return args.length > i ? Long.parseLong(args[i].replace("_", "")) : fallback;
    }

    /**
     * Prints the result of a measured phase of {@code ops} operations that took {@code nanos}.
     * {@code m0} and {@code m1} are the loop's metrics at its start and end: the human line shows the
     * share of that time the loop spent in its poll wait and how many operations one iteration did.
     */
    static void report(String name, long ops, long nanos, LoopMetrics m0, LoopMetrics m1, String detail) {
        double opsPerSec = ops * 1e9 / nanos;
        System.out.println(String.format(Locale.ROOT, "ops/s: %.0f", opsPerSec));
        long idleNanos = m1.idleTimeNanos() - m0.idleTimeNanos();
        long iterations = m1.iterations() - m0.iterations();
        System.out.println(String.format(Locale.ROOT,
                "%s (java loop): %d ops in %.1f ms, loop idle %.1f%%, %.1f ops/iteration; %s",
                name, ops, nanos / 1e6, 100.0 * idleNanos / nanos, (double) ops / iterations, detail));
    }
}
