package io.node4j.runtime.bindings;

import java.util.HashMap;
import java.util.Map;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Loop;
import io.node4j.loop.UvException;
import io.node4j.loop.process.ChildProcess;
import io.node4j.loop.signal.Signal;
import io.node4j.loop.signal.Signals;
import io.node4j.runtime.Callbacks;

/**
 * {@code internalBinding('signals')}: process.kill, and one unref'd loop signal handle per signal
 * that has 'SIG*' listeners on process (as in Node, listening for a signal does not keep a program
 * alive). Deliveries run {@code onSignal(name, number)} as a callback from the loop.
 */
public final class SignalsBinding implements Binding {
    private final Loop loop;
    private final Callbacks callbacks;
    private final Map<Integer, Signal> watching = new HashMap<>();
    private Value onSignal;

    private final java.io.OutputStream err;
    private io.node4j.runtime.TraceSigint traceSigint;

    public SignalsBinding(Loop loop, Callbacks callbacks, java.io.OutputStream err) {
        this.loop = loop;
        this.callbacks = callbacks;
        this.err = err;
    }

    /** util.setTraceSigInt on the program's thread (see {@link io.node4j.runtime.TraceSigint}). */
    @Export
    public void setTraceSigInt(boolean enable) {
        if (traceSigint == null) {
            if (!enable) {
                return;
            }
            traceSigint = io.node4j.runtime.TraceSigint.here(loop, err);
        }
        traceSigint.enable(enable);
    }

    @Override
    public String name() {
        return "signals";
    }

    @Export
    public void setup(Value onSignal) {
        this.onSignal = onSignal;
    }

    /** The number of a signal name ("SIGTERM" → 15), or 0 if unknown (Node wants the SIG prefix). */
    @Export
    public int number(String name) {
        return name.startsWith("SIG") ? Math.max(0, Signals.number(name)) : 0;
    }

    /** kill(2): null on success, else the error report (ESRCH, EPERM, EINVAL) with syscall "kill". */
    @Export
    public ErrorReport kill(double pid, int signum) {
        try {
            ChildProcess.kill((long) pid, signum);
            return null;
        } catch (UvException e) {
            return ErrorReport.of(new UvException(e.errno(), "kill"));
        }
    }

    /** Starts delivering {@code signum} to JS; null on success, else the error (EINVAL for reserved ones). */
    @Export
    public ErrorReport watch(int signum) {
        if (watching.containsKey(signum)) {
            return null;
        }
        Signal handle = new Signal(loop);
        io.node4j.runtime.Callbacks.Bound deliver = callbacks.bindHandle(onSignal, "SIGNALWRAP");
        try {
            handle.start(signum, n -> callbacks.invoke(deliver, Signals.name(n), n));
        } catch (UvException e) {
            handle.close(null);
            return ErrorReport.of(new UvException(e.errno(), "uv_signal_start"));
        }
        handle.unref();
        watching.put(signum, handle);
        return null;
    }

    /** Stops delivering {@code signum}; the default disposition comes back. */
    @Export
    public void unwatch(int signum) {
        Signal handle = watching.remove(signum);
        if (handle != null) {
            handle.close(null);
        }
    }
}
