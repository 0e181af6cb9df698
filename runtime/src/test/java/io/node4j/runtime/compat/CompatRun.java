package io.node4j.runtime.compat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.node4j.runtime.CommandLine;
import io.node4j.runtime.NodeInstance;
import io.node4j.runtime.Stdio;

/** Runs one compatibility script under node4j, in this JVM or in one of its own. */
final class CompatRun {
    /** Generous: a script in a JVM of its own, or forking node4j, starts cold on a loaded machine. */
    static final long TIMEOUT_SECONDS = 120;

    record Result(byte[] stdout, byte[] stderr, int exitCode, boolean timedOut) {}

    private CompatRun() {}

    /**
     * process.execPath of every script: the repository's launcher, so child_process.fork starts node4j
     * (with NODE4J_SKIP_BUILD in the environment: this build is the one running).
     */
    static final String LAUNCHER = Path.of("..", "bin", "node4j").toAbsolutePath().normalize().toString();

    static Result run(CompatScript script) throws Exception {
        List<String> args = new ArrayList<>();
        args.add(script.name());
        args.addAll(script.args());
        for (String fifo : script.fifos()) {
            makeFifo(script.root().resolve(fifo));
        }
        try {
            return script.tty() ? onTerminal(script.root(), args, script.env())
                    : script.ownProcess() ? inOwnJvm(script.root(), args, script.stdin(), script.env())
                    : inThisJvm(script.root(), args, script.stdin());
        } finally {
            for (String fifo : script.fifos()) {
                java.nio.file.Files.deleteIfExists(script.root().resolve(fifo));
            }
        }
    }

    /** A named pipe for "fifo=" scripts (the JDK cannot make one: mkfifo(1) does). */
    private static void makeFifo(Path path) throws Exception {
        java.nio.file.Files.deleteIfExists(path);
        java.nio.file.Files.createDirectories(path.getParent()); // a fresh clone has no empty fixtures/
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("mkfifo " + path + " failed");
        }
    }

    /** A fresh instance (Context, bindings, and later loop) with captured streams, on its own thread. */
    private static Result inThisJvm(Path cwd, List<String> args, byte[] stdin) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Stdio stdio = new Stdio(new ByteArrayInputStream(stdin), out, err);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("NODE4J_SKIP_BUILD", "1");
        NodeInstance instance = new NodeInstance(
                new NodeInstance.Options(CommandLine.parse(args), LAUNCHER, cwd, env, stdio));
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread thread = Thread.ofPlatform().name("compat-main").start(() -> {
            try {
                exit.complete(instance.run());
            } catch (Throwable t) {
                exit.completeExceptionally(t);
            }
        });
        try {
            int code = exit.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new Result(out.toByteArray(), err.toByteArray(), code, false);
        } catch (java.util.concurrent.TimeoutException e) {
            instance.exit(124);
            thread.join(TimeUnit.SECONDS.toMillis(10));
            return new Result(out.toByteArray(), err.toByteArray(), 124, true);
        }
    }

    /** bin/node4j's JVM, started directly (the launcher's build check is not wanted inside a build). */
    private static Result inOwnJvm(Path cwd, List<String> args, byte[] stdin, java.util.Map<String, String> env)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command(args)).directory(cwd.toFile());
        builder.environment().putAll(env);
        builder.environment().put("NODE4J_SKIP_BUILD", "1");
        return finish(builder.start(), stdin);
    }

    /**
     * The same JVM on a pseudo-terminal: {@code script -qec COMMAND /dev/null} gives it a terminal for
     * stdin, stdout and stderr and copies what it shows to our stdout (newlines as CR LF). script's own
     * stdin is /dev/null, so the terminal gets no input. The environment is the oracle's (no TERM:
     * colour depth then comes from the script's own choices), as tools/compat-record.js sets it.
     */
    private static Result onTerminal(Path cwd, List<String> args, java.util.Map<String, String> env)
            throws Exception {
        StringBuilder shell = new StringBuilder("exec");
        for (String word : command(args)) {
            shell.append(" '").append(word.replace("'", "'\\''")).append('\'');
        }
        ProcessBuilder builder = new ProcessBuilder("script", "-qec", shell.toString(), "/dev/null")
                .directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> environment = builder.environment();
        Map<String, String> inherited = Map.copyOf(environment);
        environment.clear();
        for (String name : List.of("PATH", "HOME")) {
            if (inherited.containsKey(name)) {
                environment.put(name, inherited.get(name));
            }
        }
        environment.put("TZ", "UTC");
        environment.put("LANG", "C.UTF-8");
        environment.putAll(env);
        environment.put("NODE4J_SKIP_BUILD", "1");
        return finish(builder.start(), new byte[0]);
    }

    private static List<String> command(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty("node4j.jvmArgs").strip().split("\\s+")));
        command.add("-Dnode4j.execPath=" + LAUNCHER);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.node4j.runtime.Main"));
        command.addAll(args);
        return command;
    }

    private static Result finish(Process p, byte[] stdin) throws Exception {
        try (var in = p.getOutputStream()) {
            in.write(stdin);
        } catch (java.io.IOException e) {
            // the script exited without reading all of its stdin
        }
        CompletableFuture<byte[]> out = drain(p.getInputStream());
        CompletableFuture<byte[]> err = drain(p.getErrorStream());
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return new Result(out.get(), err.get(), 124, true);
        }
        return new Result(out.get(), err.get(), p.exitValue(), false);
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
    }
}
