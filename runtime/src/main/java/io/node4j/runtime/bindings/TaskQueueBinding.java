package io.node4j.runtime.bindings;

import org.graalvm.polyglot.HostAccess.Export;

/**
 * {@code internalBinding('task_queue')}: the two facts the bridge needs after each callback — are
 * nextTick callbacks queued, are rejections waiting to be reported — set by lib/ as they change.
 */
public final class TaskQueueBinding implements Binding {
    private boolean tickScheduled;
    private boolean rejectionsPending;

    @Override
    public String name() {
        return "task_queue";
    }

    @Export
    public void setTickScheduled(boolean scheduled) {
        tickScheduled = scheduled;
    }

    @Export
    public void setRejectionsPending(boolean pending) {
        rejectionsPending = pending;
    }

    /** True while JS has ticks or rejections to process. */
    public boolean needsDrain() {
        return tickScheduled || rejectionsPending;
    }
}
