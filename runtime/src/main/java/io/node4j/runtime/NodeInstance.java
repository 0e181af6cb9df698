package io.node4j.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import io.node4j.runtime.bindings.BindingRegistry;
import io.node4j.runtime.bindings.BuiltinsBinding;
import io.node4j.runtime.bindings.ModulesBinding;
import io.node4j.runtime.bindings.ProcessBinding;

/**
 * One Node.js "process": a Context on the shared engine, its bindings, and the program it runs.
 * {@code bin/node4j} runs one per JVM; the compatibility runner runs many in one JVM, each with its
 * own standard streams and working directory. {@link #run} returns the exit status Node would.
 */
public final class NodeInstance {

    /**
     * @param commandLine what to run
     * @param execPath    what process.execPath reports
     * @param cwd         the initial working directory (absolute)
     * @param stdio       the standard streams
     */
    public record Options(CommandLine commandLine, String execPath, Path cwd, Stdio stdio) {}

    /** Exit status when node4j itself fails (not the program): EX_SOFTWARE. */
    public static final int INTERNAL_ERROR = 70;

    private final Options options;
    private Context context;
    /** Set by process.exit(); the program has ended once this is non-null. */
    private volatile Integer exitCode;

    public NodeInstance(Options options) {
        this.options = options;
    }

    /** Runs the program to its end and returns its exit status. */
    public int run() {
        context = Engines.newContext();
        try {
            return runInContext();
        } catch (PolyglotException e) {
            if (exitCode != null) {
                return exitCode;
            }
            return internalFailure("internal error", e);
        } finally {
            closeContext();
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

    private int runInContext() {
        CommandLine cmd = options.commandLine();
        BuiltinsBinding builtins = new BuiltinsBinding(context);
        BindingRegistry bindings = new BindingRegistry()
                .add(new ProcessBinding(options.execPath(), argv(cmd), cmd.execArgv(), Version.NODE,
                        Version.NODE4J, options.cwd().toString(), options.stdio().out(),
                        options.stdio().err(), this::exit))
                .add(builtins)
                .add(new ModulesBinding());
        ProxyExecutable internalBinding = args -> bindings.get(args[0].asString());
        Value module = context.eval("js", "({ exports: {} })");
        builtins.compileBuiltin("internal/bootstrap/node").execute(module.getMember("exports"),
                Value.asValue(null), module, internalBinding, Value.asValue(null));
        Value node = module.getMember("exports");
        try {
            switch (cmd.action()) {
                case RUN_SCRIPT -> node.invokeMember("runMain", resolveScript(cmd.script()));
                case EVAL -> node.invokeMember("evalScript", cmd.code(), "[eval]", false);
                case PRINT -> node.invokeMember("evalScript", cmd.code(), "[eval]", true);
                case STDIN -> node.invokeMember("evalScript", readStdin(), "[stdin]", false);
                default -> throw new IllegalStateException("not a program action: " + cmd.action());
            }
        } catch (PolyglotException e) {
            if (!e.isGuestException() || exitCode != null) {
                throw e;
            }
            return node.invokeMember("handleUncaught", e.getGuestObject()).asInt();
        }
        return node.invokeMember("exit").asInt();
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
}
