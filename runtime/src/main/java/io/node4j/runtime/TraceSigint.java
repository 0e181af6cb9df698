package io.node4j.runtime;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.js.runtime.Errors;
import com.oracle.truffle.js.runtime.GraalJSException.JSStackTraceElement;
import com.oracle.truffle.js.runtime.JSRealm;
import io.node4j.loop.Loop;
import io.node4j.loop.signal.SignalWatchdog;
import io.node4j.loop.signal.Signals;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * util.setTraceSigInt: while enabled, a SIGINT that no program listener takes prints
 * "KEYBOARD_INTERRUPT: Script execution was interrupted by `SIGINT`" and the main thread's JS stack
 * (none while the loop waits for events) to stderr, then ends the process by SIGINT, as Node does.
 * The stack is taken on the program's thread at its next safepoint, as the CPU profiler's samples are.
 */
public final class TraceSigint {
    private static final String HEADER = "KEYBOARD_INTERRUPT: Script execution was interrupted by `SIGINT`\n";
    private static final long STACK_WAIT_MS = 500;

    private final TruffleLanguage.Env env;
    private final Thread thread;
    private final Loop loop;
    private final OutputStream err;
    private SignalWatchdog watchdog;

    private TraceSigint(TruffleLanguage.Env env, Thread thread, Loop loop, OutputStream err) {
        this.env = env;
        this.thread = thread;
        this.loop = loop;
        this.err = err;
    }

    /** For the calling (program) thread, whose loop is {@code loop}. */
    public static TraceSigint here(Loop loop, OutputStream err) {
        return new TraceSigint(JSRealm.getMain(null).getEnv(), Thread.currentThread(), loop, err);
    }

    /** Starts or stops taking SIGINT (idempotent). */
    public synchronized void enable(boolean on) {
        if (on && watchdog == null) {
            watchdog = SignalWatchdog.startUnlessHandled(Signals.SIGINT, this::interrupted);
        } else if (!on && watchdog != null) {
            watchdog.close();
            watchdog = null;
        }
    }

    /** On the JVM's signal thread. */
    private void interrupted() {
        StringBuilder report = new StringBuilder(HEADER);
        for (String frame : loop.isPolling() ? List.<String>of() : stack()) {
            report.append("    at ").append(frame).append('\n');
        }
        try {
            err.write(report.toString().getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException e) {
            // stderr gone: the process still ends by the signal
        }
        io.node4j.loop.tty.Terminal.resetAll();
        long self = ProcessHandle.current().pid();
        Signals.endBy(Signals.SIGINT, signum -> io.node4j.loop.process.ChildProcess.kill(self, signum));
    }

    /** The program thread's JS frames, in V8's text, or none if it reaches no safepoint soon. */
    private List<String> stack() {
        CompletableFuture<List<String>> frames = new CompletableFuture<>();
        try {
            env.submitThreadLocal(new Thread[] {thread}, new ThreadLocalAction(false, false) {
                @Override
                protected void perform(Access access) {
                    List<String> texts = new ArrayList<>();
                    JSRealm realm = JSRealm.getMain(null);
                    for (JSStackTraceElement element : Errors.createError("").getJSStackTrace()) {
                        texts.add(EngineInternals.frameText(element, realm.getContext()));
                    }
                    frames.complete(texts);
                }
            });
            return frames.get(STACK_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return List.of();
        }
    }
}
