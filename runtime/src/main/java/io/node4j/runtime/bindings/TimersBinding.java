package io.node4j.runtime.bindings;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Loop;
import io.node4j.loop.Timer;
import io.node4j.loop.Watcher;
import io.node4j.runtime.Callbacks;

/**
 * {@code internalBinding('timers')}: one loop timer for all of JS's timeouts and intervals (lib/ keeps
 * them ordered and tells this binding the earliest expiry), a check watcher that runs setImmediate
 * callbacks, and an idle watcher that keeps the poll from blocking while ref'd immediates wait.
 * Each timer and each immediate runs as its own callback from the loop, so nextTick callbacks and
 * promise jobs run between them, as in Node.
 */
public final class TimersBinding implements Binding {
    private final Loop loop;
    private final Callbacks callbacks;
    private final Timer timer;
    private final Watcher immediateCheck;
    private final Watcher immediateIdle;
    private Value runNextTimer;
    private Value runNextImmediate;
    private boolean hasImmediates;

    public TimersBinding(Loop loop, Callbacks callbacks) {
        this.loop = loop;
        this.callbacks = callbacks;
        this.timer = new Timer(loop);
        this.immediateCheck = new Watcher(loop, Watcher.Phase.CHECK);
        this.immediateIdle = new Watcher(loop, Watcher.Phase.IDLE);
        immediateCheck.start(this::onCheck);
        immediateCheck.unref();
    }

    @Override
    public String name() {
        return "timers";
    }

    /**
     * {@code runNextTimer(now)} runs one due timer and returns true, or returns the next expiry
     * (positive: some timer is ref'd; negative: all are unref'd; 0: none).
     * {@code runNextImmediate(first)} runs one immediate of those queued when the phase began
     * (first=true takes that snapshot) and returns whether more of them remain.
     */
    @Export
    public void setup(Value runNextTimer, Value runNextImmediate) {
        this.runNextTimer = runNextTimer;
        this.runNextImmediate = runNextImmediate;
    }

    /**
     * The loop's time in ms, brought up to date first: what lib/ stamps new timers with. (Node's
     * timers see the current time: a timer made after a long synchronous stretch still waits its full
     * delay; the oracle shows it.)
     */
    @Export
    public double getLibuvNow() {
        loop.updateTime();
        return loop.now();
    }

    /** Arms the loop timer to fire in {@code ms} (at least 1). */
    @Export
    public void scheduleTimer(double ms) {
        timer.start(this::onTimer, Math.max(1, (long) ms), 0);
    }

    @Export
    public void toggleTimerRef(boolean ref) {
        if (ref) {
            timer.ref();
        } else {
            timer.unref();
        }
    }

    /** Ref'd immediates keep the loop alive and the poll non-blocking, through the idle watcher. */
    @Export
    public void toggleImmediateRef(boolean ref) {
        if (ref) {
            immediateIdle.start(() -> { });
        } else {
            immediateIdle.stop();
        }
    }

    /** Whether any immediate (ref'd or not) is queued; the check phase skips JS when none is. */
    @Export
    public void setHasImmediates(boolean has) {
        hasImmediates = has;
    }

    private void onTimer() {
        long now = loop.now();
        for (;;) {
            Value r = callbacks.invoke(runNextTimer, (double) now);
            // true: a timer ran; null: its callback threw (already reported as uncaught). Either
            // way the next due timer is asked for.
            if (r == null || r.isBoolean()) {
                continue;
            }
            double next = r.asDouble();
            if (next == 0) {
                return;
            }
            long expiry = (long) Math.abs(next);
            timer.start(this::onTimer, Math.max(1, expiry - loop.now()), 0);
            toggleTimerRef(next > 0);
            return;
        }
    }

    private void onCheck() {
        if (!hasImmediates) {
            return;
        }
        boolean first = true;
        for (;;) {
            Value more = callbacks.invoke(runNextImmediate, first);
            first = false;
            // null: the immediate's callback threw (already reported as uncaught): the rest of those
            // queued when the phase began still run in it, as in Node (they were left queued, and
            // counted, and the loop spun on them).
            if (more != null && !more.asBoolean()) {
                return;
            }
        }
    }

    /** Closes the binding's handles (the instance is ending). */
    public void close() {
        if (!timer.isClosing()) {
            timer.close(null);
        }
        immediateCheck.close(null);
        immediateIdle.close(null);
    }
}
