package io.node4j.loop.signal;

import java.util.Objects;

/**
 * Takes a signal away from the loops while started: each delivery runs a callback on the JVM's signal
 * thread, and {@link Signal} handles for it are not called. When several are started for a signal, the
 * last one started gets it. This is Node's SigintWatchdog: a loop thread busy running a script cannot
 * receive a signal through its loop, so node:vm's breakOnSigint stops the script from the signal
 * thread instead, and the program's SIGINT listeners do not see that signal.
 *
 * <p>Any thread may start and close a watchdog; the callback must not block for long.
 */
public final class SignalWatchdog implements AutoCloseable {
    private final int signum;
    private final Runnable onSignal;
    private boolean started;

    private SignalWatchdog(int signum, Runnable onSignal) {
        this.signum = signum;
        this.onSignal = Objects.requireNonNull(onSignal, "onSignal");
    }

    /**
     * Starts taking {@code signum}: {@code onSignal} runs on the JVM's signal thread for each delivery
     * until {@link #close}.
     *
     * @throws io.node4j.loop.UvException EINVAL for a signal that cannot be watched (see {@link Signal})
     */
    public static SignalWatchdog start(int signum, Runnable onSignal) {
        SignalWatchdog watchdog = new SignalWatchdog(signum, onSignal);
        SignalRegistry.add(watchdog, signum);
        watchdog.started = true;
        return watchdog;
    }

    void fire() {
        onSignal.run();
    }

    /** Gives the signal back (to an outer watchdog, the loops' handles, or the handler before); idempotent. */
    @Override
    public synchronized void close() {
        if (started) {
            started = false;
            SignalRegistry.remove(this, signum);
        }
    }
}
