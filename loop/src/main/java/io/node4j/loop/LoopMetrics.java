package io.node4j.loop;

/**
 * A snapshot of a loop's counters, as libuv's {@code uv_metrics_t} plus {@code uv_metrics_idle_time}:
 * the material for Node's {@code performance.eventLoopUtilization()}.
 *
 * @param iterations poll phases entered so far (libuv's loop_count)
 * @param idleTimeNanos time spent blocked waiting in the poll phase
 */
public record LoopMetrics(long iterations, long idleTimeNanos) {
}
