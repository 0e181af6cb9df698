package io.node4j.loop.net;

import io.node4j.loop.Errno;
import io.node4j.loop.Loop;
import io.node4j.loop.UvException;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Objects;
import jdk.net.ExtendedSocketOptions;

/**
 * A TCP socket, as libuv's {@code uv_tcp_t}: a server ({@link #bind}, {@link #listen}, {@link #accept})
 * or a connection ({@link #connect}, or one a server accepted) with the {@link Stream} operations.
 * Addresses are numeric (IPv4 or IPv6 literals): name resolution happens above this layer, as in Node.
 *
 * <p>Binding is checked at {@link #bind} (a bad or non-local address fails there with EADDRNOTAVAIL,
 * EACCES...), but the socket is created by {@link #listen} or {@link #connect}, because java.nio binds
 * and listens in one call; so EADDRINUSE surfaces from {@code listen}, exactly where libuv reports it
 * (it delays that error too) and Node shows it ("listen EADDRINUSE").
 */
public final class Tcp extends Stream {
    /** {@link #bind(String, int, int)} flag: IPv6 only (java.nio cannot set it: ENOTSUP on the wildcard "::"). */
    public static final int IPV6ONLY = 1;
    /** {@link #bind(String, int, int)} flag: SO_REUSEPORT, to share the port among listening sockets. */
    public static final int REUSEPORT = 2;
    /**
     * {@link #bind(String, int, int)} flag: hold the address with a bound socket that never listens,
     * until {@link #close}; port 0 becomes the concrete port {@link #getsockname} reports, and every
     * error (EADDRINUSE too) comes from the bind. With {@link #REUSEPORT}, listening sockets of the
     * same user can then share the port: a cluster primary reserves its workers' address this way,
     * and no connection ever reaches a socket that does not listen.
     */
    public static final int RESERVE = 4;

    private InetSocketAddress bindAddress;
    /** The bound socket of a {@link #RESERVE} bind, open until close. */
    private SocketChannel reservation;
    private int bindFlags;
    /** The socket's family, known once bound, connected or accepted. */
    private ProtocolFamily family;
    private boolean noDelay;
    private boolean keepAlive;
    private int keepAliveDelay;

    public Tcp(Loop loop) {
        super(loop);
    }

    private Tcp(Loop loop, SocketChannel accepted, ProtocolFamily family) {
        super(loop, accepted);
        this.family = family;
    }

    /** {@link #bind(String, int, int)} without flags. */
    public void bind(String host, int port) {
        bind(host, port, 0);
    }

    /**
     * Binds to {@code host} (an IPv4 or IPv6 literal; "0.0.0.0" or "::" for any) and {@code port}
     * (0: the kernel picks one at listen/connect), as {@code uv_tcp_bind}.
     *
     * @throws UvException EINVAL for a bad address or port or a second bind, EADDRNOTAVAIL for an
     *     address that is not local, EACCES for a privileged port, ENOTSUP for {@link #IPV6ONLY} on "::"
     */
    public void bind(String host, int port, int flags) {
        checkLoopThread();
        checkNotClosing("bind");
        if (bindAddress != null || channel != null || server != null) {
            throw new UvException(Errno.EINVAL, "bind");
        }
        InetAddress address = literal(host, "bind");
        if ((flags & IPV6ONLY) != 0 && address.isAnyLocalAddress() && address instanceof Inet6Address) {
            // java.nio cannot set IPV6_V6ONLY; it only matters for the wildcard (a specific IPv6
            // address never takes IPv4 connections), so only there is it refused.
            throw new UvException(Errno.ENOTSUP, "bind");
        }
        checkPort(port, 0, "bind");
        ProtocolFamily fam = familyOf(address);
        InetSocketAddress local = new InetSocketAddress(address, port);
        if ((flags & RESERVE) != 0) {
            reserve(fam, local, flags);
            return;
        }
        try (SocketChannel probe = SocketChannel.open(fam)) {
            probe.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            if ((flags & REUSEPORT) != 0) {
                probe.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            }
            probe.bind(local);
        } catch (IOException | RuntimeException e) {
            UvException error = NetErrors.of(e, "bind");
            if (error.errno() != Errno.EADDRINUSE) { // libuv too reports that one at listen
                throw error;
            }
        }
        bindAddress = local;
        bindFlags = flags;
        family = fam;
    }

    private void reserve(ProtocolFamily fam, InetSocketAddress local, int flags) {
        SocketChannel socket = null;
        try {
            socket = SocketChannel.open(fam);
            socket.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            if ((flags & REUSEPORT) != 0) {
                socket.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            }
            socket.bind(local);
            bindAddress = (InetSocketAddress) socket.getLocalAddress();
        } catch (IOException | RuntimeException e) {
            closeQuietly(socket);
            throw NetErrors.of(e, "bind");
        }
        reservation = socket;
        bindFlags = flags;
        family = fam;
    }

    @Override
    void socketsClosed() {
        closeQuietly(reservation);
        reservation = null;
    }

    @Override
    ServerSocketChannel openServer(int backlog) {
        InetSocketAddress local = bindAddress;
        if (local == null) {
            family = ipv6Available() ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
            local = new InetSocketAddress(wildcard(family), 0);
        }
        ServerSocketChannel s = null;
        try {
            s = ServerSocketChannel.open(family);
            s.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            if ((bindFlags & REUSEPORT) != 0) {
                s.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            }
            s.bind(local, backlog);
            s.configureBlocking(false);
            return s;
        } catch (IOException | RuntimeException e) {
            closeQuietly(s);
            throw NetErrors.of(e, "listen");
        }
    }

    /** Takes the connection announced by the connection callback, as {@code uv_accept}. */
    @Override
    public Tcp accept() {
        SocketChannel ch = takeAccepted();
        return new Tcp(loop(), ch, family);
    }

    /**
     * Connects to {@code host} (an IPv4 or IPv6 literal) and {@code port}, as {@code uv_tcp_connect};
     * {@code cb} gets null or the error (ECONNREFUSED, ETIMEDOUT, ENETUNREACH, EHOSTUNREACH...) on the
     * loop thread, never inside this call. Writes and {@code readStart} may be issued meanwhile.
     *
     * @throws UvException EINVAL for a bad address or port, EALREADY/EISCONN if already connecting or
     *     connected, or the error of binding to the {@link #bind} address
     */
    public void connect(String host, int port, StatusCallback cb) {
        checkLoopThread();
        Objects.requireNonNull(cb, "cb");
        checkCanConnect();
        InetAddress address = literal(host, "connect");
        checkPort(port, 1, "connect");
        ProtocolFamily fam = bindAddress != null ? family : familyOf(address);
        SocketChannel ch;
        try {
            ch = SocketChannel.open(fam);
        } catch (IOException | RuntimeException e) {
            throw NetErrors.of(e, "connect");
        }
        try {
            applyOptions(ch);
            if (bindAddress != null) {
                ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                ch.bind(bindAddress);
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(ch);
            throw NetErrors.of(e, "bind");
        }
        family = fam;
        startConnect(ch, new InetSocketAddress(address, port), cb);
    }

    /** TCP_NODELAY (Nagle off when true), as {@code uv_tcp_nodelay}; kept for a socket created later. */
    public void setNoDelay(boolean enable) {
        checkLoopThread();
        checkNotClosing("setNoDelay");
        noDelay = enable;
        if (channel != null) {
            setOption(channel, StandardSocketOptions.TCP_NODELAY, enable);
        }
    }

    /**
     * SO_KEEPALIVE, with the first probe after {@code delaySeconds} of idleness (then every second, ten
     * probes, as libuv), as {@code uv_tcp_keepalive}; kept for a socket created later.
     */
    public void setKeepAlive(boolean enable, int delaySeconds) {
        checkLoopThread();
        checkNotClosing("setKeepAlive");
        if (enable && delaySeconds < 1) {
            throw new UvException(Errno.EINVAL, "setKeepAlive");
        }
        keepAlive = enable;
        keepAliveDelay = delaySeconds;
        if (channel != null) {
            applyKeepAlive(channel);
        }
    }

    /**
     * IP_TOS (the traffic class on IPv6), the type of service of outgoing packets, 0-255.
     *
     * @throws UvException EBADF unless connected or accepted (there is no socket to set it on)
     */
    public void setTypeOfService(int tos) {
        checkLoopThread();
        if (isClosing() || channel == null || tos < 0 || tos > 255) {
            throw new UvException(tos < 0 || tos > 255 ? Errno.EINVAL : Errno.EBADF, "setTypeOfService");
        }
        setOption(channel, StandardSocketOptions.IP_TOS, tos);
    }

    /** The socket's IP_TOS, as {@link #setTypeOfService}; EBADF unless connected or accepted. */
    public int typeOfService() {
        checkLoopThread();
        if (isClosing() || channel == null) {
            throw new UvException(Errno.EBADF, "getTypeOfService");
        }
        try {
            return channel.getOption(StandardSocketOptions.IP_TOS);
        } catch (IOException | RuntimeException e) {
            throw NetErrors.of(e, "getTypeOfService");
        }
    }

    public boolean noDelay() {
        return noDelay;
    }

    public boolean keepAlive() {
        return keepAlive;
    }

    /**
     * Closes the connection with a reset (RST) instead of the orderly FIN, as {@code uv_tcp_close_reset}
     * (Node's {@code resetAndDestroy}): SO_LINGER 0, then {@link #close}.
     */
    public void closeReset(Runnable onClose) {
        checkLoopThread();
        if (!isClosing() && channel != null && channel.isOpen()) {
            setOption(channel, StandardSocketOptions.SO_LINGER, 0);
        }
        close(onClose);
    }

    /**
     * The local address, as {@code uv_tcp_getsockname}.
     *
     * @throws UvException EBADF if there is no socket (not listening or connected) or it is closed
     */
    public SocketAddr getsockname() {
        checkLoopThread();
        NetworkChannel ch = server != null ? server : channel != null ? channel : reservation;
        if (isClosing() || ch == null) {
            throw new UvException(Errno.EBADF, "getsockname");
        }
        try {
            InetSocketAddress local = (InetSocketAddress) ch.getLocalAddress();
            if (local == null) {
                throw new UvException(Errno.EINVAL, "getsockname");
            }
            return SocketAddr.of(local, family == StandardProtocolFamily.INET6);
        } catch (IOException e) {
            throw NetErrors.of(e, "getsockname");
        }
    }

    /**
     * The peer's address, as {@code uv_tcp_getpeername}.
     *
     * @throws UvException ENOTCONN unless connected, EBADF if closed
     */
    public SocketAddr getpeername() {
        checkLoopThread();
        if (isClosing()) {
            throw new UvException(Errno.EBADF, "getpeername");
        }
        if (channel == null || isConnecting() || !channel.isConnected()) {
            throw new UvException(Errno.ENOTCONN, "getpeername");
        }
        try {
            InetSocketAddress peer = (InetSocketAddress) channel.getRemoteAddress();
            if (peer == null) {
                throw new UvException(Errno.ENOTCONN, "getpeername");
            }
            return SocketAddr.of(peer, family == StandardProtocolFamily.INET6);
        } catch (IOException e) {
            throw NetErrors.of(e, "getpeername");
        }
    }

    // ---------------------------------------------------------------- helpers

    private void applyOptions(SocketChannel ch) throws IOException {
        if (noDelay) {
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        }
        if (keepAlive) {
            applyKeepAlive(ch);
        }
    }

    private void applyKeepAlive(SocketChannel ch) {
        setOption(ch, StandardSocketOptions.SO_KEEPALIVE, keepAlive);
        if (keepAlive && ch.supportedOptions().contains(ExtendedSocketOptions.TCP_KEEPIDLE)) {
            setOption(ch, ExtendedSocketOptions.TCP_KEEPIDLE, keepAliveDelay);
            setOption(ch, ExtendedSocketOptions.TCP_KEEPINTERVAL, 1);
            setOption(ch, ExtendedSocketOptions.TCP_KEEPCOUNT, 10);
        }
    }

    private static <T> void setOption(NetworkChannel ch, SocketOption<T> option, T value) {
        try {
            ch.setOption(option, value);
        } catch (IOException | RuntimeException e) {
            throw NetErrors.of(e, "setsockopt");
        }
    }

    private static InetAddress literal(String host, String syscall) {
        Objects.requireNonNull(host, "host");
        try {
            return InetAddress.ofLiteral(host);
        } catch (IllegalArgumentException e) {
            throw new UvException(Errno.EINVAL, syscall);
        }
    }

    private static void checkPort(int port, int min, String syscall) {
        if (port < min || port > 0xffff) {
            throw new UvException(Errno.EINVAL, syscall);
        }
    }

    private static ProtocolFamily familyOf(InetAddress address) {
        return address instanceof Inet6Address ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
    }

    private static InetAddress wildcard(ProtocolFamily family) {
        return InetAddress.ofLiteral(family == StandardProtocolFamily.INET6 ? "::" : "0.0.0.0");
    }

    private static boolean ipv6Available() {
        try (ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.INET6)) {
            return s.isOpen();
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
