package io.node4j.runtime.bindings;

import org.graalvm.polyglot.HostAccess.Export;

/**
 * {@code internalBinding('task_queue')}: the facts the bridge needs after each callback — are
 * nextTick callbacks queued, are rejections waiting to be reported (set by lib/ as they change), did
 * the engine report promise rejection events since lib/ last took them.
 *
 * <p>The events are V8's two PromiseRejectCallback kinds, in the order they happened: a promise
 * rejected with no handler, a handler added to such a promise. lib/ takes them when the queues have
 * drained (internal/process/task_queues) and decides, as Node does, which rejections are unhandled.
 */
public final class TaskQueueBinding implements Binding, io.node4j.runtime.EngineInternals.RejectionEvents {
    private static final Integer REJECTED = 1;
    private static final Integer HANDLED = 2;

    private boolean tickScheduled;
    private boolean rejectionsPending;
    /**
     * [kind, promise, reason, async context] quadruples (the engine's own JS objects; the context of
     * a rejection, where Node runs its 'unhandledRejection' listeners, is opaque to lib/).
     */
    private java.util.ArrayList<Object> rejectionEvents = new java.util.ArrayList<>();

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

    @Override
    public void rejectedWithoutHandler(Object promise, Object reason) {
        rejectionEvents.add(REJECTED);
        rejectionEvents.add(promise);
        rejectionEvents.add(reason);
        rejectionEvents.add(io.node4j.runtime.EngineInternals.asyncContext(io.node4j.runtime.EngineInternals.agent()));
    }

    @Override
    public void handlerAddedAfterReject(Object promise) {
        rejectionEvents.add(HANDLED);
        rejectionEvents.add(promise);
        rejectionEvents.add(null);
        rejectionEvents.add(null);
    }

    /** The rejection events since the last call, as [kind, promise, reason, context, ...]; null when none. */
    @Export
    public Object[] takeRejectionEvents() {
        if (rejectionEvents.isEmpty()) {
            return null;
        }
        Object[] events = rejectionEvents.toArray();
        rejectionEvents = new java.util.ArrayList<>();
        return events;
    }

    /** True while JS has ticks or rejections to process. */
    public boolean needsDrain() {
        return tickScheduled || rejectionsPending || !rejectionEvents.isEmpty();
    }
}
