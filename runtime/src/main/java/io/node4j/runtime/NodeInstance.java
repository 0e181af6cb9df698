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
import io.node4j.runtime.bindings.ModulesBinding;
import io.node4j.runtime.bindings.OsBinding;
import io.node4j.runtime.bindings.PerformanceBinding;
import io.node4j.runtime.bindings.ProcessBinding;
import io.node4j.runtime.bindings.SignalsBinding;
import io.node4j.runtime.bindings.TaskQueueBinding;
import io.node4j.runtime.bindings.TimersBinding;
import io.node4j.runtime.bindings.UtilBinding;

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
     */
    public record Options(CommandLine commandLine, String execPath, Path cwd, Map<String, String> env,
                          Stdio stdio) {
        public Options(CommandLine commandLine, String execPath, Path cwd, Stdio stdio) {
            this(commandLine, execPath, cwd, System.getenv(), stdio);
        }
    }

    /** Exit status when node4j itself fails (not the program): EX_SOFTWARE. */
    public static final int INTERNAL_ERROR = 70;

    private final Options options;
    private volatile Context context;
    private io.node4j.runtime.esm.EsmFileSystem esmFileSystem;
    /** Set by process.exit(); the program has ended once this is non-null. */
    private volatile Integer exitCode;

    public NodeInstance(Options options) {
        this.options = options;
    }

    /** Runs the program to its end and returns its exit status. Call once, on the thread to own it. */
    public int run() {
        Loop loop = new Loop();
        esmFileSystem = new io.node4j.runtime.esm.EsmFileSystem(options.cwd().toString());
        context = Engines.newContext(esmFileSystem);
        try {
            return runInContext(loop);
        } catch (PolyglotException e) {
            if (exitCode != null) {
                return exitCode;
            }
            return internalFailure("internal error", e);
        } finally {
            closeContext();
            closeLoop(loop);
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

    private int runInContext(Loop loop) {
        CommandLine cmd = options.commandLine();
        TaskQueueBinding taskQueue = new TaskQueueBinding();
        Callbacks callbacks = new Callbacks(taskQueue);
        BuiltinsBinding builtins = new BuiltinsBinding(context);
        PerformanceBinding performance = new PerformanceBinding(loop, processStartNanos());
        performance.markMilestone(PerformanceBinding.V8_START);
        performance.markMilestone(PerformanceBinding.ENVIRONMENT);
        BindingRegistry bindings = new BindingRegistry()
                .add(new ProcessBinding(options.execPath(), argv(cmd), cmd.execArgv(), Version.NODE,
                        Version.NODE4J, options.cwd().toString(), options.stdio().out(),
                        options.stdio().err(), options.env(), this::exit))
                .add(builtins)
                .add(new ModulesBinding())
                .add(new io.node4j.runtime.bindings.EsmBinding(context, new io.node4j.runtime.esm.EsmHooks(esmFileSystem)))
                .add(taskQueue)
                .add(new TimersBinding(loop, callbacks))
                .add(new SignalsBinding(loop, callbacks))
                .add(new UtilBinding())
                .add(new OsBinding())
                .add(new BufferBinding())
                .add(new io.node4j.runtime.bindings.ZlibBinding(loop, callbacks))
                .add(new io.node4j.runtime.bindings.DnsBinding(loop, callbacks))
                .add(new io.node4j.runtime.bindings.StdioBinding(loop, callbacks, options.stdio()))
                .add(performance);
        ProxyExecutable internalBinding = args -> bindings.get(args[0].asString());
        Value module = context.eval("js", "({ exports: {} })");
        builtins.compileBuiltin("internal/bootstrap/node").execute(module.getMember("exports"),
                Value.asValue(null), module, internalBinding, Value.asValue(null));
        Value node = module.getMember("exports");
        callbacks.install(node.getMember("callbackTrampoline"), node.getMember("processTicksAndRejections"),
                node.getMember("triggerUncaughtException"));

        switch (cmd.action()) {
            case RUN_SCRIPT -> callbacks.invoke(node.getMember("runMain"), resolveScript(cmd.script()));
            case EVAL -> callbacks.invoke(node.getMember("evalScript"), cmd.code(), "[eval]", false);
            case PRINT -> callbacks.invoke(node.getMember("evalScript"), cmd.code(), "[eval]", true);
            case STDIN -> callbacks.invoke(node.getMember("evalScript"), readStdin(), "[stdin]", false);
            default -> throw new IllegalStateException("not a program action: " + cmd.action());
        }
        // Node's SpinEventLoop: run the loop; when it empties, 'beforeExit' may give it more work.
        performance.markMilestone(PerformanceBinding.LOOP_START);
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
