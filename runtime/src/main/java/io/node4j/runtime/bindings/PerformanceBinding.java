package io.node4j.runtime.bindings;

import org.graalvm.polyglot.HostAccess.Export;

import io.node4j.loop.Loop;
import io.node4j.loop.LoopMetrics;

/**
 * {@code internalBinding('performance')}: the clock behind {@code performance.now()} (milliseconds since
 * the time origin, the start of this process), the time origin itself, the milestones of
 * {@code performance.nodeTiming}, and the loop's counters for {@code eventLoopUtilization()}.
 */
public final class PerformanceBinding implements Binding {
    /** Milestone indexes, the order of {@link #milestones()}. */
    public static final int NODE_START = 0;
    public static final int V8_START = 1;
    public static final int ENVIRONMENT = 2;
    public static final int BOOTSTRAP_COMPLETE = 3;
    public static final int LOOP_START = 4;
    public static final int LOOP_EXIT = 5;

    private final Loop loop;
    private final long originNanos;
    private final double timeOriginEpochMillis;
    private final double[] milestones = {-1, -1, -1, -1, -1, -1};

    /**
     * @param loop the instance's loop, whose metrics eventLoopUtilization reads
     * @param startNanos System.nanoTime() when this process (or worker) started: the time origin
     */
    public PerformanceBinding(Loop loop, long startNanos) {
        this.loop = loop;
        this.originNanos = startNanos;
        this.timeOriginEpochMillis = System.currentTimeMillis() - (System.nanoTime() - startNanos) / 1e6;
        milestones[NODE_START] = 0;
    }

    @Override
    public String name() {
        return "performance";
    }

    /** Milliseconds since the time origin, with the clock's full (nanosecond) resolution. */
    @Export
    public double now() {
        return (System.nanoTime() - originNanos) / 1e6;
    }

    /** The time origin as milliseconds since the Unix epoch. */
    @Export
    public double timeOrigin() {
        return timeOriginEpochMillis;
    }

    /** nodeStart, v8Start, environment, bootstrapComplete, loopStart, loopExit: ms, -1 until reached. */
    @Export
    public double[] milestones() {
        return milestones.clone();
    }

    /** Records milestone {@code index} as reached now (JS marks bootstrapComplete; the bridge the rest). */
    @Export
    public void markMilestone(int index) {
        milestones[index] = now();
    }

    /** Milliseconds the loop spent blocked in its poll phase so far. */
    @Export
    public double loopIdleTime() {
        return loop.metrics().idleTimeNanos() / 1e6;
    }

    /** Poll phases entered so far (libuv's loop_count). */
    @Export
    public double loopIterations() {
        LoopMetrics m = loop.metrics();
        return m.iterations();
    }
}
