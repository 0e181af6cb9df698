package io.node4j.loop.bench;

import io.node4j.loop.LoopMetrics;
import java.lang.management.ManagementFactory;
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
     * CPU time of the whole process so far (every thread: loop, producer, JIT, GC), in nanoseconds.
     * Per operation it is steadier than wall time on a shared machine, where a runnable thread may
     * wait for a core.
     */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * Prints the result of a measured phase of {@code ops} operations that took {@code nanos}.
     * {@code m0} and {@code m1} are the loop's metrics at its start and end: the human line shows the
     * share of that time the loop spent in its poll wait, how many operations one iteration did and the
     * process CPU time per operation ({@code cpuNanos} of the phase, from {@link #cpuNanos()}).
     */
    static void report(String name, long ops, long nanos, long cpuNanos, LoopMetrics m0, LoopMetrics m1,
            String detail) {
        double opsPerSec = ops * 1e9 / nanos;
        System.out.println(String.format(Locale.ROOT, "ops/s: %.0f", opsPerSec));
        long idleNanos = m1.idleTimeNanos() - m0.idleTimeNanos();
        long iterations = m1.iterations() - m0.iterations();
        System.out.println(String.format(Locale.ROOT,
                "%s (java loop): %d ops in %.1f ms, cpu %.3f us/op, loop idle %.1f%%, %.1f ops/iteration; %s",
                name, ops, nanos / 1e6, cpuNanos / 1e3 / ops, 100.0 * idleNanos / nanos,
                (double) ops / iterations, detail));
    }
}
