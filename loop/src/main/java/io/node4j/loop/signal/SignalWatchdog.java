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
    private final boolean yieldsToHandles;
    private boolean started;

    private SignalWatchdog(int signum, Runnable onSignal, boolean yieldsToHandles) {
        this.signum = signum;
        this.onSignal = Objects.requireNonNull(onSignal, "onSignal");
        this.yieldsToHandles = yieldsToHandles;
    }

    /**
     * Starts taking {@code signum}: {@code onSignal} runs on the JVM's signal thread for each delivery
     * until {@link #close}.
     *
     * @throws io.node4j.loop.UvException EINVAL for a signal that cannot be watched (see {@link Signal})
     */
    public static SignalWatchdog start(int signum, Runnable onSignal) {
        return started(new SignalWatchdog(signum, onSignal, false));
    }

    /**
     * As {@link #start}, but a delivery goes to the loops' {@link Signal} handles instead whenever one is
     * started for the signal: the watchdog gets only the signals nobody else listens to. Node's
     * util.setTraceSigInt: a program's SIGINT listeners win over the trace.
     */
    public static SignalWatchdog startUnlessHandled(int signum, Runnable onSignal) {
        return started(new SignalWatchdog(signum, onSignal, true));
    }

    private static SignalWatchdog started(SignalWatchdog watchdog) {
        SignalRegistry.add(watchdog, watchdog.signum);
        watchdog.started = true;
        return watchdog;
    }

    boolean yieldsToHandles() {
        return yieldsToHandles;
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
