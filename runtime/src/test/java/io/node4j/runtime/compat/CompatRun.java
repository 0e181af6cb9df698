package io.node4j.runtime.compat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.node4j.runtime.CommandLine;
import io.node4j.runtime.NodeInstance;
import io.node4j.runtime.Stdio;

/** Runs one compatibility script under node4j, in this JVM or in one of its own. */
final class CompatRun {
    static final long TIMEOUT_SECONDS = 60;

    record Result(byte[] stdout, byte[] stderr, int exitCode, boolean timedOut) {}

    private CompatRun() {}

    static Result run(CompatScript script) throws Exception {
        List<String> args = new ArrayList<>();
        args.add(script.name());
        args.addAll(script.args());
        return script.ownProcess() ? inOwnJvm(script.root(), args, script.stdin())
                : inThisJvm(script.root(), args, script.stdin());
    }

    /** A fresh instance (Context, bindings, and later loop) with captured streams, on its own thread. */
    private static Result inThisJvm(Path cwd, List<String> args, byte[] stdin) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Stdio stdio = new Stdio(new ByteArrayInputStream(stdin), out, err);
        NodeInstance instance = new NodeInstance(
                new NodeInstance.Options(CommandLine.parse(args), "node4j", cwd, stdio));
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
    private static Result inOwnJvm(Path cwd, List<String> args, byte[] stdin) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty("node4j.jvmArgs").strip().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.node4j.runtime.Main"));
        command.addAll(args);
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).start();
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
