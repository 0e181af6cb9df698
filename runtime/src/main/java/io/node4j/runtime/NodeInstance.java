package io.node4j.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import io.node4j.loop.Handle;
import io.node4j.loop.Loop;
import io.node4j.loop.RunMode;
import io.node4j.runtime.bindings.BindingRegistry;
import io.node4j.runtime.bindings.BufferBinding;
import io.node4j.runtime.bindings.BuiltinsBinding;
import io.node4j.runtime.bindings.FsBinding;
import io.node4j.runtime.bindings.MessagingBinding;
import io.node4j.runtime.bindings.WorkerBinding;
import io.node4j.runtime.bindings.ModulesBinding;
import io.node4j.runtime.bindings.ProcessWrapBinding;
import io.node4j.runtime.bindings.OsBinding;
import io.node4j.runtime.bindings.PerformanceBinding;
import io.node4j.runtime.bindings.ProcessBinding;
import io.node4j.runtime.bindings.SignalsBinding;
import io.node4j.runtime.bindings.TaskQueueBinding;
import io.node4j.runtime.bindings.TimersBinding;
import io.node4j.runtime.bindings.UtilBinding;
import io.node4j.runtime.bindings.UrlBinding;

/**
 * One Node.js "process": a loop and a Context on the shared engine, both owned by the thread that
 * calls {@link #run}, with the bindings between them and the program they run. {@code bin/node4j}
 * runs one per JVM; the compatibility runner runs many in one JVM, each with its own standard streams,
 * environment and working directory. {@link #run} returns the exit status Node would.
 */
public final class NodeInstance {

    /**
     * @param commandLine what to run
     * @param execPath    what process.execPath reports
     * @param cwd         the initial working directory (absolute)
     * @param env         the environment process.env starts with
     * @param stdio       the standard streams
     * @param worker      for a worker_threads Worker, its link to the parent; null for the main thread
     */
    public record Options(CommandLine commandLine, String execPath, Path cwd, Map<String, String> env,
                          Stdio stdio, WorkerBinding.Setup worker) {
        public Options(CommandLine commandLine, String execPath, Path cwd, Map<String, String> env, Stdio stdio) {
            this(commandLine, execPath, cwd, env, stdio, null);
        }

        public Options(CommandLine commandLine, String execPath, Path cwd, Stdio stdio) {
            this(commandLine, execPath, cwd, System.getenv(), stdio, null);
        }
    }

    /** Exit status when node4j itself fails (not the program): EX_SOFTWARE. */
    public static final int INTERNAL_ERROR = 70;

    private final Options options;
    private volatile Context context;
    private io.node4j.runtime.esm.EsmFileSystem esmFileSystem;
    /** Set by process.exit(); the program has ended once this is non-null. */
    private volatile Integer exitCode;
    /** This instance's loop, once {@link #run} made it (a worker's parent wakes it to terminate it). */
    private volatile Loop loop;
    /** Its Context's language environment once initialized, and the thread running it (for profiling). */
    private volatile Object env;
    private volatile Thread thread;
    /** System.nanoTime() when the loop first ran, 0 before (for a worker's eventLoopUtilization). */
    private volatile long loopStartNanos;

    public NodeInstance(Options options) {
        this.options = options;
    }

    /** Runs the program to its end and returns its exit status. Call once, on the thread to own it. */
    public int run() {
        Loop loop = new Loop();
        esmFileSystem = new io.node4j.runtime.esm.EsmFileSystem(options.cwd().toString());
        context = Engines.newContext(esmFileSystem);
        this.loop = loop;
        if (options.worker() != null && !options.worker().started(this)) {
            // terminated before it began: Node reports 0 for such a worker
            closeContext();
            closeLoop(loop);
            return 0;
        }
        try {
            return runInContext(loop);
        } catch (PolyglotException | IllegalStateException e) {
            if (exitCode != null) {
                return exitCode;
            }
            if (e instanceof IllegalStateException ise) {
                throw ise;
            }
            return internalFailure("internal error", (PolyglotException) e);
        } finally {
            discardHeapProfile();
            writeCommandLineProfile();
            closeContext();
            closeLoop(loop);
        }
    }

    /** The profile --cpu-prof asked for, while the program runs; null without the flag. */
    private CpuProfiler commandLineProfile;
    private static final java.util.concurrent.atomic.AtomicInteger PROFILE_SEQUENCE =
            new java.util.concurrent.atomic.AtomicInteger();

    /** With --cpu-prof (the main thread only): profile the program from its start. */
    private void startCommandLineProfile(CommandLine cmd, Loop loop) {
        if (options.worker() != null || !cmd.has("--cpu-prof")) {
            return;
        }
        long interval = CpuProfiler.DEFAULT_INTERVAL_MICROS;
        String given = cmd.value("--cpu-prof-interval");
        if (given != null) {
            try {
                interval = Long.parseLong(given.trim());
            } catch (NumberFormatException e) {
                interval = CpuProfiler.DEFAULT_INTERVAL_MICROS;
            }
        }
        // Below 100 µs the sampling would cost more than the program; V8 samples no faster in practice.
        commandLineProfile = CpuProfiler.start(env, thread, loop, Math.max(100, interval));
    }

    /**
     * Writes the --cpu-prof profile as Node does at exit: --cpu-prof-dir (default: the working directory
     * at launch), named --cpu-prof-name or CPU.yyyymmdd.hhmmss.pid.thread.seq.cpuprofile.
     */
    private void writeCommandLineProfile() {
        CpuProfiler p = commandLineProfile;
        if (p == null) {
            return;
        }
        commandLineProfile = null;
        CommandLine cmd = options.commandLine();
        String json = p.stopForFile();
        String name = cmd.value("--cpu-prof-name");
        if (name == null) {
            java.time.LocalDateTime now = java.time.LocalDateTime.now();
            name = String.format("CPU.%s.%s.%d.0.%03d.cpuprofile",
                    now.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd")),
                    now.format(java.time.format.DateTimeFormatter.ofPattern("HHmmss")),
                    ProcessHandle.current().pid(), PROFILE_SEQUENCE.incrementAndGet());
        }
        String dir = cmd.value("--cpu-prof-dir");
        java.nio.file.Path base = dir == null ? options.cwd() : options.cwd().resolve(dir);
        try {
            java.nio.file.Files.createDirectories(base);
            java.nio.file.Files.writeString(base.resolve(name), json);
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("node4j: could not write the CPU profile to " + base.resolve(name) + ": " + e);
        }
    }

    /**
     * Ends the program from any thread of this instance: the Context is cancelled, which unwinds the JS
     * stack (no catch or finally runs, as with Node's exit) and makes {@link #run} return {@code code}.
     */
    public void exit(int code) {
        if (exitCode == null) {
            exitCode = code;
        }
        context.close(true);
    }

    /**
     * Ends the program from another thread (a worker's terminate()): JS that is running is cancelled
     * wherever it is (an endless loop included), a loop waiting for I/O is woken and stopped, and
     * {@link #run} returns {@code code}.
     */
    public void terminate(int code) {
        if (exitCode == null) {
            exitCode = code;
        }
        try {
            context.close(true);
        } catch (RuntimeException e) {
            // closing already, or closed by its own thread
        }
        Loop l = loop;
        if (l != null) {
            try {
                l.execute(l::stop);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // the worker's loop has already closed: it is exiting on its own
            }
        }
    }

    /** The heap profile worker.startHeapProfile() started and its handle has not stopped; else null. */
    private HeapProfiler heapProfile;
    /** Set as the thread ends: no heap profile may start after (it would never be discarded). */
    private boolean heapProfilesEnded;

    /** True while a heap profile of this instance's thread runs (Node allows one at a time). */
    public synchronized boolean heapProfiling() {
        return heapProfile != null && heapProfile.isRunning();
    }

    /** A heap profile of this instance's thread, started from its parent's thread; null before it runs or after. */
    public synchronized HeapProfiler startHeapProfile() {
        Thread t = thread;
        if (env == null || t == null || !t.isAlive() || exitCode != null || heapProfilesEnded) {
            return null;
        }
        heapProfile = HeapProfiler.start(t);
        return heapProfile;
    }

    /** At the end of the thread: a profile nobody stopped ends with it (its handle's stop() then rejects). */
    private synchronized void discardHeapProfile() {
        heapProfilesEnded = true;
        if (heapProfile != null) {
            heapProfile.discard();
            heapProfile = null;
        }
    }

    /** A CPU profile of this instance's thread, started from any thread; null before it runs or after. */
    public CpuProfiler startCpuProfile(long intervalMicros) {
        Object e = env;
        Thread t = thread;
        Loop l = loop;
        return e == null || t == null || !t.isAlive() ? null : CpuProfiler.start(e, t, l, intervalMicros);
    }

    /**
     * [idle ms, active ms] of this instance's loop since it started, or null before: what a worker's
     * parent reports as its eventLoopUtilization. Any thread (the loop's metrics are published).
     */
    public double[] loopTimes() {
        Loop l = loop;
        long start = loopStartNanos;
        if (l == null || start == 0) {
            return null;
        }
        double idle = l.metrics().idleTimeNanos() / 1e6;
        double total = (System.nanoTime() - start) / 1e6;
        return new double[] {idle, Math.max(0, total - idle)};
    }

    private int runInContext(Loop loop) {
        CommandLine cmd = options.commandLine();
        TaskQueueBinding taskQueue = new TaskQueueBinding();
        io.node4j.runtime.bindings.AsyncWrapBinding asyncWrap = new io.node4j.runtime.bindings.AsyncWrapBinding();
        Callbacks callbacks = new Callbacks(taskQueue, asyncWrap);
        BuiltinsBinding builtins = new BuiltinsBinding(context);
        ProcessBinding processBinding = new ProcessBinding(options.execPath(), argv(cmd), cmd.execArgv(),
                Version.NODE, Version.NODE4J, options.cwd().toString(), options.stdio().out(),
                options.stdio().err(), options.env(), this::exit);
        if (options.worker() != null && options.worker().sharedEnv() != null) {
            processBinding.useSharedEnv(options.worker().sharedEnv());
        }
        PerformanceBinding performance = new PerformanceBinding(loop, processStartNanos());
        performance.markMilestone(PerformanceBinding.V8_START);
        performance.markMilestone(PerformanceBinding.ENVIRONMENT);
        BindingRegistry bindings = new BindingRegistry()
                .add(processBinding)
                .add(builtins)
                .add(new ModulesBinding())
                .add(new io.node4j.runtime.bindings.EsmBinding(context, new io.node4j.runtime.esm.EsmHooks(esmFileSystem)))
                .add(taskQueue)
                .add(asyncWrap)
                .add(new TimersBinding(loop, callbacks))
                .add(new SignalsBinding(loop, callbacks, options.stdio().err()))
                .add(new ProcessWrapBinding(loop, callbacks))
                .add(new UtilBinding())
                .add(new OsBinding())
                .add(new BufferBinding())
                .add(new io.node4j.runtime.bindings.CryptoBinding(loop, callbacks))
                .add(new UrlBinding())
                .add(new FsBinding(loop, callbacks, processBinding::cwd))
                .add(new io.node4j.runtime.bindings.ZlibBinding(loop, callbacks))
                .add(new io.node4j.runtime.bindings.DnsBinding(loop, callbacks))
                .add(new io.node4j.runtime.bindings.TcpWrapBinding(loop, callbacks))
                .add(new io.node4j.runtime.bindings.PipeWrapBinding(loop, callbacks))
                .add(new io.node4j.runtime.bindings.StdioBinding(loop, callbacks, options.stdio()))
                .add(new io.node4j.runtime.bindings.ReportBinding(loop, options.execPath(), cmd))
                .add(new io.node4j.runtime.bindings.V8Binding(loop))
                .add(new io.node4j.runtime.bindings.ContextifyBinding())
                .add(performance);
        MessagingBinding messaging = new MessagingBinding(loop, callbacks);
        WorkerBinding worker = new WorkerBinding(options.worker(), messaging, options, processBinding, loop, callbacks);
        io.node4j.runtime.bindings.LocksBinding locks = new io.node4j.runtime.bindings.LocksBinding(loop,
                callbacks, "node-" + ProcessHandle.current().pid() + "-" + worker.threadId);
        bindings.add(messaging).add(worker).add(locks);
        // An agent that may block in Atomics.wait and wakes this loop when another thread settles an
        // Atomics.waitAsync promise (an unref'd async: waitAsync alone does not keep the loop alive).
        io.node4j.loop.Async agentWake = new io.node4j.loop.Async(loop, () -> callbacks.invoke(noop));
        agentWake.unref();
        // Entered, not inside a JS call: the agent also counts host-call nesting, which must start at 0.
        context.initialize("js");
        context.enter();
        try {
            EngineInternals.installAgent(agentWake::send, taskQueue);
            env = CpuProfiler.environment();
            thread = Thread.currentThread();
        } finally {
            context.leave();
        }
        startCommandLineProfile(cmd, loop);
        ProxyExecutable internalBinding = args -> bindings.get(args[0].asString());
        Value module = context.eval("js", "({ exports: {} })");
        builtins.compileBuiltin("internal/bootstrap/node").execute(module.getMember("exports"),
                Value.asValue(null), module, internalBinding, Value.asValue(null));
        Value node = module.getMember("exports");
        callbacks.install(node.getMember("callbackTrampoline"), node.getMember("processTicksAndRejections"),
                node.getMember("triggerUncaughtException"));
        noop = node.getMember("noop");
        if (options.worker() != null) {
            options.worker().online();
        }
        try {
            return runProgram(loop, cmd, callbacks, node, performance);
        } finally {
            worker.terminateChildren();
            worker.close();
            locks.close();
        }
    }

    /** A JS function that does nothing: entering JS lets the engine run promise jobs. */
    private Value noop;

    private int runProgram(Loop loop, CommandLine cmd, Callbacks callbacks, Value node,
                           PerformanceBinding performance) {
        switch (cmd.action()) {
            case RUN_SCRIPT -> callbacks.invoke(node.getMember("runMain"), resolveScript(cmd.script()));
            case EVAL -> callbacks.invoke(node.getMember("evalScript"), cmd.code(),
                    options.worker() == null ? "[eval]"
                            : options.worker().internal() ? "[node4j internal]" : "[worker eval]", false);
            case PRINT -> callbacks.invoke(node.getMember("evalScript"), cmd.code(), "[eval]", true);
            case STDIN -> callbacks.invoke(node.getMember("evalScript"), readStdin(), "[stdin]", false);
            default -> throw new IllegalStateException("not a program action: " + cmd.action());
        }
        // Node's SpinEventLoop: run the loop; when it empties, 'beforeExit' may give it more work.
        performance.markMilestone(PerformanceBinding.LOOP_START);
        loopStartNanos = System.nanoTime();
        do {
            loop.run(RunMode.DEFAULT);
            callbacks.invoke(node.getMember("emitBeforeExit"));
        } while (loop.isAlive());
        performance.markMilestone(PerformanceBinding.LOOP_EXIT);
        Value code = callbacks.invoke(node.getMember("emitExit"));
        return code == null ? 1 : code.asInt();
    }

    private void closeContext() {
        try {
            context.close();
        } catch (PolyglotException e) {
            // A cancelled Context (process.exit) reports the cancellation again when closed.
            if (!e.isCancelled()) {
                throw e;
            }
        }
    }

    /** Closes whatever handles the program left open, lets their close callbacks run, ends the loop. */
    private static void closeLoop(Loop loop) {
        for (Handle h : loop.handles()) {
            if (!h.isClosing()) {
                h.close(null);
            }
        }
        try {
            loop.run(RunMode.NOWAIT);
            loop.close();
        } catch (RuntimeException e) {
            // Requests still on the pool finish on their own; the loop is dropped with the instance.
        }
    }

    private List<String> argv(CommandLine cmd) {
        List<String> argv = new ArrayList<>();
        argv.add(options.execPath());
        if (cmd.action() == CommandLine.Action.RUN_SCRIPT) {
            argv.add(resolveScript(cmd.script()));
        } else if (options.worker() != null) {
            argv.add("[worker eval]");
        }
        argv.addAll(cmd.scriptArgs());
        return argv;
    }

    private String resolveScript(String script) {
        return options.cwd().resolve(script).normalize().toString();
    }

    private String readStdin() {
        try {
            return new String(options.stdio().in().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private int internalFailure(String what, PolyglotException e) {
        OutputStream err = options.stdio().err();
        try {
            err.write(("node4j: " + what + ": " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException ignored) {
            // nowhere left to report
        }
        return INTERNAL_ERROR;
    }

    /**
     * System.nanoTime() at the start of this process (performance.timeOrigin): the JVM's start as the
     * OS reports it, else now.
     */
    private static long processStartNanos() {
        long now = System.nanoTime();
        return ProcessHandle.current().info().startInstant()
                .map(start -> now - Math.max(0, System.currentTimeMillis() - start.toEpochMilli()) * 1_000_000L)
                .orElse(now);
    }
}
