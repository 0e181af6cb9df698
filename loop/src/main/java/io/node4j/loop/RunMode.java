package io.node4j.loop;

/** How far {@link Loop#run(RunMode)} goes, as libuv's {@code uv_run_mode}. */
public enum RunMode {
    /** Iterate until no active referenced handle or request is left, or until {@link Loop#stop()}. */
    DEFAULT,
    /** One iteration; the poll phase may block if nothing else is due. */
    ONCE,
    /** One iteration whose poll phase never blocks. */
    NOWAIT
}
