package io.node4j.runtime.bindings;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Errno;
import io.node4j.loop.Loop;
import io.node4j.loop.RunMode;
import io.node4j.loop.Timer;
import io.node4j.loop.UvException;
import io.node4j.loop.process.ChildInput;
import io.node4j.loop.process.ChildOutput;
import io.node4j.loop.process.ChildProcess;
import io.node4j.loop.process.IpcChannel;
import io.node4j.loop.process.SpawnOptions;
import io.node4j.loop.process.Stdio;
import io.node4j.runtime.Callbacks;

/**
 * {@code internalBinding('process_wrap')}: child processes for lib/child_process.js, on the loop's
 * {@link ChildProcess} (Node's process_wrap, pipe_wrap and spawn_sync in one place).
 *
 * <p>Options come as a JS object: {@code file}, {@code args} (argv, argv[0] first), {@code envPairs}
 * ("K=V" strings, or null to inherit), {@code cwd}, {@code stdio} (three of "pipe", "inherit",
 * "ignore"), {@code detached}. {@link #spawn} returns a {@link Child} or an {@link ErrorReport};
 * {@link #spawnSync} runs the child to its end on a private loop of the calling thread, as libuv's
 * spawn_sync does, so nothing else of the program runs meanwhile.
 */
public final class ProcessWrapBinding implements Binding {
    private final Loop loop;
    private final Callbacks callbacks;

    public ProcessWrapBinding(Loop loop, Callbacks callbacks) {
        this.loop = loop;
        this.callbacks = callbacks;
    }

    @Override
    public String name() {
        return "process_wrap";
    }

    /** Starts a child; {@code onExit(exitCode, signalNumber)} runs from the loop when it ends. */
    @Export
    public Object spawn(Value options, Value fn) {
        Callbacks.Bound onExit = callbacks.bindHandle(fn, "PROCESSWRAP");
        SpawnOptions o = options(options);
        try {
            Child[] self = new Child[1];
            ChildProcess child = ChildProcess.spawn(loop, o, (status, signal) -> {
                self[0].exited = true;
                callbacks.invoke(onExit, (double) status, signal);
            });
            self[0] = new Child(child);
            return self[0];
        } catch (UvException e) {
            return ErrorReport.of(e);
        }
    }

    /**
     * Runs a child to its end: {@code input} (bytes or null) goes to a piped stdin, piped output is
     * collected; {@code timeout} ms (0: none) and {@code maxBuffer} bytes (per stream; negative: no
     * limit) kill it with {@code killSignal}. Returns {pid, status, signal, stdout, stderr, error}.
     */
    @Export
    public SyncResult spawnSync(Value options, Value input, double timeout, double maxBuffer, int killSignal) {
        SpawnOptions o = options(options);
        SyncResult result = new SyncResult();
        Loop own = new Loop();
        try {
            ChildProcess child;
            try {
                child = ChildProcess.spawn(own, o, (status, signal) -> {
                    result.status = signal == 0 ? (double) status : null;
                    result.signal = signal;
                });
            } catch (UvException e) {
                result.error = ErrorReport.of(e);
                return result;
            }
            result.pid = child.pid();
            List<Runnable> closers = new ArrayList<>();
            closers.add(() -> child.close(null));
            // The stdio pipes, closed when the child is killed (timeout, maxBuffer) as Node's spawnSync
            // does: a grandchild holding them open (sh -c 'cmd') must not keep spawnSync waiting.
            List<io.node4j.loop.Handle> pipes = new ArrayList<>();
            Runnable closePipes = () -> {
                for (io.node4j.loop.Handle pipe : pipes) {
                    if (!pipe.isClosing()) {
                        pipe.close(null);
                    }
                }
            };
            Runnable kill = () -> {
                try {
                    child.kill(killSignal);
                } catch (UvException gone) {
                    // it ended on its own meanwhile
                }
                closePipes.run();
            };
            ByteArrayOutputStream out = collect(child.stdout(), maxBuffer, result, kill, pipes);
            ByteArrayOutputStream err = collect(child.stderr(), maxBuffer, result, kill, pipes);
            closers.add(closePipes);
            if (child.stdin() != null) {
                ChildInput in = child.stdin();
                pipes.add(in);
                if (input != null && !input.isNull()) {
                    byte[] bytes = bytes(input);
                    in.write(bytes, error -> { });
                }
                in.shutdown(error -> { });
            }
            if (timeout > 0) {
                Timer timer = new Timer(own);
                closers.add(() -> timer.close(null));
                timer.start(() -> {
                    if (result.error == null) {
                        result.error = ErrorReport.of(new UvException(Errno.ETIMEDOUT, "spawnSync " + o.file(),
                                o.file()));
                    }
                    kill.run();
                }, (long) timeout, 0);
                timer.unref();
            }
            own.run(RunMode.DEFAULT);
            result.stdout = out == null ? null : ByteBuffer.wrap(out.toByteArray());
            result.stderr = err == null ? null : ByteBuffer.wrap(err.toByteArray());
            for (Runnable close : closers) {
                close.run();
            }
            own.run(RunMode.DEFAULT);
            return result;
        } finally {
            own.close();
        }
    }

    private static ByteArrayOutputStream collect(ChildOutput pipe, double maxBuffer, SyncResult result,
                                                 Runnable kill, List<io.node4j.loop.Handle> pipes) {
        if (pipe == null) {
            return null;
        }
        pipes.add(pipe);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        pipe.readStart(new ChildOutput.ReadCallback() {
            @Override
            public void onData(byte[] data) {
                // as libuv's spawn_sync: the chunk that crosses the limit is kept, then the child is killed
                sink.write(data, 0, data.length);
                if (maxBuffer >= 0 && sink.size() > maxBuffer && result.error == null) {
                    result.error = ErrorReport.of(new UvException(Errno.ENOBUFS, "spawnSync"));
                    pipe.readStop();
                    kill.run();
                }
            }

            @Override
            public void onEnd(UvException error) {
                // the exit callback decides the outcome
            }
        });
        return sink;
    }

    private SpawnOptions options(Value o) {
        String file = o.getMember("file").asString();
        List<String> args = new ArrayList<>();
        Value a = o.getMember("args");
        for (long i = 0; i < a.getArraySize(); i++) {
            args.add(a.getArrayElement(i).asString());
        }
        Map<String, String> env = null;
        Value pairs = o.getMember("envPairs");
        if (pairs != null && !pairs.isNull()) {
            env = new LinkedHashMap<>();
            for (long i = 0; i < pairs.getArraySize(); i++) {
                String pair = pairs.getArrayElement(i).asString();
                int eq = pair.indexOf('=', 1);
                if (eq < 0) {
                    env.put(pair, "");
                } else {
                    env.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        Value cwd = o.getMember("cwd");
        Value stdio = o.getMember("stdio");
        Stdio[] modes = new Stdio[3];
        for (int i = 0; i < 3; i++) {
            modes[i] = switch (stdio.getArrayElement(i).asString()) {
                case "pipe" -> Stdio.PIPE;
                case "inherit" -> Stdio.INHERIT;
                default -> Stdio.IGNORE;
            };
        }
        Value detached = o.getMember("detached");
        Value ipc = o.getMember("ipc");
        return new SpawnOptions(file, args, env, cwd == null || cwd.isNull() ? null : cwd.asString(),
                modes[0], modes[1], modes[2], detached != null && detached.isBoolean() && detached.asBoolean(),
                ipc != null && ipc.isBoolean() && ipc.asBoolean() ? 3 : -1);
    }

    static byte[] bytes(Value view) {
        // a Uint8Array/Buffer: its ArrayBuffer, offset and length
        Value buffer = view.getMember("buffer");
        int offset = view.getMember("byteOffset").asInt();
        int length = view.getMember("byteLength").asInt();
        byte[] out = new byte[length];
        buffer.readBuffer(offset, out, 0, length);
        return out;
    }

    /** A running child and its pipes, as JS sees it. */
    public final class Child {
        private final ChildProcess process;
        private boolean exited;
        @Export public final double pid;
        @Export public final Object stdin;
        @Export public final Object stdout;
        @Export public final Object stderr;
        @Export public final Object ipc;

        Child(ChildProcess process) {
            this.process = process;
            this.pid = process.pid();
            this.stdin = process.stdin() == null ? null : new Input(process.stdin());
            this.stdout = process.stdout() == null ? null : new Output(process.stdout());
            this.stderr = process.stderr() == null ? null : new Output(process.stderr());
            this.ipc = process.ipc() == null ? null : new Channel(process.ipc());
        }

        /** Sends a signal: null, or the error (ESRCH once it has exited, EINVAL...) with syscall "kill". */
        @Export
        public ErrorReport kill(int signal) {
            try {
                process.kill(signal);
                return null;
            } catch (UvException e) {
                return ErrorReport.of(new UvException(e.errno(), "kill"));
            }
        }

        @Export
        public void ref() {
            if (!process.isClosing()) {
                process.ref();
            }
        }

        @Export
        public void unref() {
            if (!process.isClosing()) {
                process.unref();
            }
        }

        @Export
        public boolean hasRef() {
            return process.hasRef();
        }

        @Export
        public void close() {
            if (!process.isClosing()) {
                process.close(null);
            }
        }

        @Export
        public boolean hasExited() {
            return exited;
        }
    }

    /** The child's stdin. Writes complete through {@code cb(errorReport|null)} from the loop. */
    public final class Input {
        private final ChildInput pipe;
        /** The pipe's async scope: made with the child, as Node's Pipe handle. */
        private final AsyncWrapBinding.Scope scope;

        Input(ChildInput pipe) {
            this.pipe = pipe;
            this.scope = callbacks.capture("PIPEWRAP");
        }

        /** The pipe's async id (its handle's, for the net.Socket lib/ makes over it). */
        @Export
        public double asyncId() {
            return scope.asyncId();
        }

        @Export
        public void write(Value view, Value fn) {
            Callbacks.Bound cb = callbacks.bind(fn, "WRITEWRAP");
            pipe.write(bytes(view), error -> callbacks.invoke(cb, error == null ? null : ErrorReport.of(error)));
        }

        @Export
        public void shutdown(Value fn) {
            Callbacks.Bound cb = callbacks.bind(fn, "SHUTDOWNWRAP");
            pipe.shutdown(error -> callbacks.invoke(cb, error == null ? null : ErrorReport.of(error)));
        }

        @Export
        public double writeQueueSize() {
            return pipe.writeQueueSize();
        }

        @Export
        public void ref() {
            if (!pipe.isClosing()) {
                pipe.ref();
            }
        }

        @Export
        public void unref() {
            if (!pipe.isClosing()) {
                pipe.unref();
            }
        }

        /** Ref'd and not closed yet: what process.getActiveResourcesInfo() lists as a PipeWrap. */
        @Export
        public boolean hasRef() {
            return !pipe.isClosed() && pipe.hasRef();
        }

        @Export
        public void close(Value cb) {
            if (!pipe.isClosing()) {
                Callbacks.Bound done = cb == null || cb.isNull() ? null : new Callbacks.Bound(cb, scope);
                pipe.close(done == null ? null : () -> callbacks.invoke(done));
            }
        }
    }

    /** The child's stdout or stderr: {@code onData(ArrayBuffer)} per chunk, then {@code onEnd(errorReport|null)}. */
    public final class Output {
        private final ChildOutput pipe;
        /** The pipe's async scope: made with the child, as Node's Pipe handle. */
        private final AsyncWrapBinding.Scope scope;

        Output(ChildOutput pipe) {
            this.pipe = pipe;
            this.scope = callbacks.capture("PIPEWRAP");
        }

        /** The pipe's async id (its handle's, for the net.Socket lib/ makes over it). */
        @Export
        public double asyncId() {
            return scope.asyncId();
        }

        @Export
        public void readStart(Value dataFn, Value endFn) {
            if (pipe.isClosing() || pipe.isEnded()) {
                return;
            }
            Callbacks.Bound onData = new Callbacks.Bound(dataFn, scope);
            Callbacks.Bound onEnd = new Callbacks.Bound(endFn, scope);
            pipe.readStart(new ChildOutput.ReadCallback() {
                @Override
                public void onData(byte[] data) {
                    callbacks.invoke(onData, ByteBuffer.wrap(data));
                }

                @Override
                public void onEnd(UvException error) {
                    callbacks.invoke(onEnd, error == null ? null : ErrorReport.of(error));
                }
            });
        }

        @Export
        public void readStop() {
            if (!pipe.isClosing()) {
                pipe.readStop();
            }
        }

        @Export
        public void ref() {
            if (!pipe.isClosing()) {
                pipe.ref();
            }
        }

        @Export
        public void unref() {
            if (!pipe.isClosing()) {
                pipe.unref();
            }
        }

        /** Ref'd and not closed yet: what process.getActiveResourcesInfo() lists as a PipeWrap. */
        @Export
        public boolean hasRef() {
            return !pipe.isClosed() && pipe.hasRef();
        }

        @Export
        public void close(Value cb) {
            if (!pipe.isClosing()) {
                Callbacks.Bound done = cb == null || cb.isNull() ? null : new Callbacks.Bound(cb, scope);
                pipe.close(done == null ? null : () -> callbacks.invoke(done));
            }
        }
    }

    /**
     * The IPC channel a parent left this process on {@code fd} (NODE_CHANNEL_FD): a {@link Channel},
     * or the error.
     */
    @Export
    public Object openIpc(int fd) {
        try {
            return new Channel(IpcChannel.open(loop, fd));
        } catch (UvException e) {
            return ErrorReport.of(e);
        }
    }

    /** Both directions of an IPC channel: {@code input} reads, {@code output} writes. */
    public final class Channel {
        @Export public final Object input;
        @Export public final Object output;

        Channel(IpcChannel channel) {
            this.input = new Output(channel.input());
            this.output = new Input(channel.output());
        }
    }

    /** What spawnSync reports. */
    public static final class SyncResult {
        @Export public double pid;
        @Export public Double status;
        @Export public int signal;
        @Export public ByteBuffer stdout;
        @Export public ByteBuffer stderr;
        @Export public ErrorReport error;
    }
}
