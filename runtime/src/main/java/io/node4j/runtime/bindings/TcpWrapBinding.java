package io.node4j.runtime.bindings;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Loop;
import io.node4j.loop.UvException;
import io.node4j.loop.net.SocketAddr;
import io.node4j.loop.net.Tcp;
import io.node4j.runtime.Callbacks;

/**
 * {@code internalBinding('tcp_wrap')}: TCP handles for lib/'s net (Node's tcp_wrap), each a
 * {@link TcpWrap} over a loop {@link Tcp}. Addresses are numeric: lib/ resolves names first.
 */
public final class TcpWrapBinding implements Binding {
    /** bind flag: IPv6 only (libuv's UV_TCP_IPV6ONLY). */
    public static final int IPV6ONLY = 1;
    /** bind flag: share the port (libuv's UV_TCP_REUSEPORT). */
    public static final int REUSEPORT = 2;
    /** bind flag, node4j's own: hold the address without listening ({@link Tcp#RESERVE}; cluster). */
    public static final int RESERVE = 4;

    private final Loop loop;
    private final Callbacks callbacks;

    public TcpWrapBinding(Loop loop, Callbacks callbacks) {
        this.loop = loop;
        this.callbacks = callbacks;
    }

    @Override
    public String name() {
        return "tcp_wrap";
    }

    /** A new socket (not yet bound, listening or connected). */
    @Export
    public TcpWrap create() {
        return new TcpWrap(new Tcp(loop));
    }

    @Export
    public int ipv6Only() {
        return IPV6ONLY;
    }

    @Export
    public int reusePort() {
        return REUSEPORT;
    }

    /** One TCP socket: a server once it listens, a connection once connected or accepted. */
    public final class TcpWrap extends StreamWrap {
        private final Tcp tcp;
        private Callbacks.Bound onConnection;

        TcpWrap(Tcp tcp) {
            super(TcpWrapBinding.this.callbacks, tcp);
            this.tcp = tcp;
        }

        @Override
        @Export
        public String resourceName() {
            return tcp.isListening() ? "TCPServerWrap" : "TCPSocketWrap";
        }

        /** Binds to a numeric address; flags are {@link #IPV6ONLY}, {@link #REUSEPORT} and {@link #RESERVE}. */
        @Export
        public int bind(String address, int port, int flags) {
            int loopFlags = ((flags & IPV6ONLY) != 0 ? Tcp.IPV6ONLY : 0) | ((flags & REUSEPORT) != 0 ? Tcp.REUSEPORT : 0)
                    | ((flags & RESERVE) != 0 ? Tcp.RESERVE : 0);
            try {
                tcp.bind(address, port, loopFlags);
                return 0;
            } catch (UvException e) {
                return e.errno().code();
            }
        }

        /**
         * Listens; {@code onconnection(status, client)} runs for each connection (a new
         * {@link TcpWrap}, not yet initialised) or failed accept, in this handle's scope.
         */
        @Export
        public int listen(int backlog, Value onconnection) {
            onConnection = bindToHandle(onconnection);
            try {
                tcp.listen(backlog, error -> {
                    if (error != null) {
                        callbacks.invoke(onConnection, error.errno().code(), null);
                        return;
                    }
                    TcpWrap client = new TcpWrap(tcp.accept());
                    callbacks.invoke(onConnection, 0, client);
                });
                return 0;
            } catch (UvException e) {
                return e.errno().code();
            }
        }

        /** Connects; {@code cb(status)} runs in a TCPCONNECTWRAP scope. */
        @Export
        public int connect(String address, int port, Value cb) {
            Callbacks.Bound done = callbacks.bind(cb, "TCPCONNECTWRAP");
            try {
                tcp.connect(address, port, error -> callbacks.invoke(done, status(error)));
                return 0;
            } catch (UvException e) {
                return e.errno().code();
            }
        }

        /** [address, family, port], or the negative errno. */
        @Export
        public Object getsockname() {
            try {
                return shape(tcp.getsockname());
            } catch (UvException e) {
                return e.errno().code();
            }
        }

        /** [address, family, port] of the peer, or the negative errno. */
        @Export
        public Object getpeername() {
            try {
                return shape(tcp.getpeername());
            } catch (UvException e) {
                return e.errno().code();
            }
        }

        private Object[] shape(SocketAddr a) {
            return new Object[] {a.address(), a.family(), a.port()};
        }

        @Export
        public int setNoDelay(boolean enable) {
            try {
                tcp.setNoDelay(enable);
                return 0;
            } catch (UvException e) {
                return e.errno().code();
            }
        }

        /** SO_KEEPALIVE; {@code delaySeconds} below 1 is taken as 1 (the kernel's smallest idle time). */
        @Export
        public int setKeepAlive(boolean enable, int delaySeconds) {
            try {
                tcp.setKeepAlive(enable, Math.max(1, delaySeconds));
                return 0;
            } catch (UvException e) {
                return e.errno().code();
            }
        }

        @Export
        public int setTypeOfService(int tos) {
            try {
                tcp.setTypeOfService(tos);
                return 0;
            } catch (UvException e) {
                return e.errno().code();
            }
        }

        /** The type of service (0-255), or the negative errno. */
        @Export
        public int getTypeOfService() {
            try {
                return tcp.typeOfService();
            } catch (UvException e) {
                return e.errno().code();
            }
        }

        /** Closes with a reset (RST), as Node's {@code handle.reset}; {@code cb} in the close phase. */
        @Export
        public int reset(Value cb) {
            if (tcp.isClosing()) {
                return 0;
            }
            try {
                tcp.closeReset(closeCallback(cb));
                return 0;
            } catch (UvException e) {
                return e.errno().code();
            }
        }
    }
}
