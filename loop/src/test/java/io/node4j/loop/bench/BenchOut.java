package io.node4j.loop.bench;

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
     * {@code idleNanos} is the loop's poll idle time during that phase (negative: not known).
     */
    static void report(String name, long ops, long nanos, long idleNanos, String detail) {
        double opsPerSec = ops * 1e9 / nanos;
        System.out.println(String.format(Locale.ROOT, "ops/s: %.0f", opsPerSec));
        String idle = idleNanos < 0 ? "" : String.format(Locale.ROOT, ", loop idle %.1f%%", 100.0 * idleNanos / nanos);
        System.out.println(String.format(Locale.ROOT, "%s (java loop): %d ops in %.1f ms%s; %s",
                name, ops, nanos / 1e6, idle, detail));
    }
}
