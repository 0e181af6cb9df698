package io.node4j.runtime.bindings;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Loop;
import io.node4j.loop.UvException;
import io.node4j.loop.net.Pipe;
import io.node4j.runtime.Callbacks;

/**
 * {@code internalBinding('pipe_wrap')}: Unix-domain stream sockets for lib/'s net (Node's pipe_wrap
 * for a {@code path}), each a {@link PipeWrap} over a loop {@link Pipe}.
 */
public final class PipeWrapBinding implements Binding {
    /** fchmod mode bits, as libuv's UV_READABLE and UV_WRITABLE. */
    public static final int READABLE = 1;
    public static final int WRITABLE = 2;

    private final Loop loop;
    private final Callbacks callbacks;

    public PipeWrapBinding(Loop loop, Callbacks callbacks) {
        this.loop = loop;
        this.callbacks = callbacks;
    }

    @Override
    public String name() {
        return "pipe_wrap";
    }

    @Export
    public PipeWrap create() {
        return new PipeWrap(new Pipe(loop));
    }

    /** One Unix-domain socket: a server once it listens, a connection once connected or accepted. */
    public final class PipeWrap extends StreamWrap {
        private final Pipe pipe;
        private Callbacks.Bound onConnection;

        PipeWrap(Pipe pipe) {
            super(PipeWrapBinding.this.callbacks, pipe);
            this.pipe = pipe;
        }

        @Override
        @Export
        public String resourceName() {
            return "PipeWrap";
        }

        @Export
        public int bind(String path) {
            try {
                pipe.bind(path);
                return 0;
            } catch (UvException e) {
                return e.errno().code();
            }
        }

        /** As {@link TcpWrapBinding.TcpWrap#listen}. */
        @Export
        public int listen(int backlog, Value onconnection) {
            onConnection = bindToHandle(onconnection);
            try {
                pipe.listen(backlog, error -> {
                    if (error != null) {
                        callbacks.invoke(onConnection, error.errno().code(), null);
                        return;
                    }
                    PipeWrap client = new PipeWrap(pipe.accept());
                    callbacks.invoke(onConnection, 0, client);
                });
                return 0;
            } catch (UvException e) {
                return e.errno().code();
            }
        }

        /** Connects to the socket file at {@code path}; {@code cb(status)} runs in a PIPECONNECTWRAP scope. */
        @Export
        public int connect(String path, Value cb) {
            Callbacks.Bound done = callbacks.bind(cb, "PIPECONNECTWRAP");
            try {
                pipe.connect(path, error -> callbacks.invoke(done, status(error)));
                return 0;
            } catch (UvException e) {
                return e.errno().code();
            }
        }

        /** The bound path ("" when unnamed), or the negative errno. */
        @Export
        public Object getsockname() {
            try {
                return pipe.getsockname();
            } catch (UvException e) {
                return e.errno().code();
            }
        }

        @Export
        public Object getpeername() {
            try {
                return pipe.getpeername();
            } catch (UvException e) {
                return e.errno().code();
            }
        }

        /** Makes the socket file readable and/or writable by everyone ({@link #READABLE}, {@link #WRITABLE}). */
        @Export
        public int fchmod(int mode) {
            try {
                pipe.chmod((mode & READABLE) != 0, (mode & WRITABLE) != 0);
                return 0;
            } catch (UvException e) {
                return e.errno().code();
            }
        }
    }
}
