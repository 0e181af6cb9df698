package io.node4j.loop.net;

import io.node4j.loop.Errno;
import io.node4j.loop.Loop;
import io.node4j.loop.UvException;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;

/**
 * A Unix-domain stream socket, as libuv's {@code uv_pipe_t} (without IPC handle passing): what Node's
 * {@code net} uses for a {@code path}. Servers {@link #bind} a socket file, {@link #listen} and
 * {@link #accept}; clients {@link #connect} to a path. A server removes its socket file when closed, as
 * libuv does.
 *
 * <p>{@link #bind} checks the path (EADDRINUSE if it exists, ENOENT if its directory does not); the
 * socket file is created by {@link #listen}, since java.nio binds and listens in one call.
 */
public final class Pipe extends Stream {
    private Path bindPath;
    private boolean ownsSocketFile;

    public Pipe(Loop loop) {
        super(loop);
    }

    private Pipe(Loop loop, SocketChannel accepted, Path serverPath) {
        super(loop, accepted);
        this.bindPath = serverPath;
    }

    /**
     * Names the socket file, as {@code uv_pipe_bind}.
     *
     * @throws UvException EINVAL for an empty or invalid path or a second bind, EADDRINUSE if the path
     *     exists, ENOENT if its directory does not, ENOTDIR if its parent is not a directory
     */
    public void bind(String path) {
        checkLoopThread();
        checkNotClosing("bind");
        if (bindPath != null || channel != null || server != null) {
            throw new UvException(Errno.EINVAL, "bind", path);
        }
        Path p = path(path, "bind");
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new UvException(Errno.EADDRINUSE, "bind", path);
        }
        Path parent = p.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UvException(Files.exists(parent) ? Errno.ENOTDIR : Errno.ENOENT, "bind", path);
        }
        bindPath = p;
    }

    @Override
    ServerSocketChannel openServer(int backlog) {
        if (bindPath == null) {
            throw new UvException(Errno.EINVAL, "listen");
        }
        ServerSocketChannel s = null;
        try {
            s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            s.bind(UnixDomainSocketAddress.of(bindPath), backlog);
            ownsSocketFile = true;
            s.configureBlocking(false);
            return s;
        } catch (IOException | RuntimeException e) {
            closeQuietly(s);
            throw NetErrors.of(e, "listen");
        }
    }

    /** Takes the connection announced by the connection callback, as {@code uv_accept}. */
    @Override
    public Pipe accept() {
        SocketChannel ch = takeAccepted();
        return new Pipe(loop(), ch, bindPath);
    }

    /**
     * Connects to the socket file at {@code path}, as {@code uv_pipe_connect}; {@code cb} gets null or
     * the error (ENOENT: no such file, ECONNREFUSED: nobody listens, EACCES...) on the loop thread,
     * never inside this call.
     *
     * @throws UvException EINVAL for an invalid path, EALREADY/EISCONN if already connecting or connected
     */
    public void connect(String path, StatusCallback cb) {
        checkLoopThread();
        Objects.requireNonNull(cb, "cb");
        checkCanConnect();
        SocketAddress remote = UnixDomainSocketAddress.of(path(path, "connect"));
        SocketChannel ch;
        try {
            ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException | RuntimeException e) {
            throw NetErrors.of(e, "connect");
        }
        startConnect(ch, remote, cb);
    }

    /** The path this pipe is bound to (a server, or a connection it accepted), else "". */
    public String getsockname() {
        checkLoopThread();
        if (isClosing()) {
            throw new UvException(Errno.EBADF, "getsockname");
        }
        return bindPath == null ? "" : bindPath.toString();
    }

    /**
     * The path of the peer's socket: the server's for a client, "" for an accepted connection (its
     * client is unnamed).
     *
     * @throws UvException ENOTCONN unless connected, EBADF if closed
     */
    public String getpeername() {
        checkLoopThread();
        if (isClosing()) {
            throw new UvException(Errno.EBADF, "getpeername");
        }
        if (channel == null || isConnecting() || !channel.isConnected()) {
            throw new UvException(Errno.ENOTCONN, "getpeername");
        }
        try {
            SocketAddress peer = channel.getRemoteAddress();
            if (peer instanceof UnixDomainSocketAddress u) {
                return u.getPath().toString();
            }
            return "";
        } catch (IOException e) {
            throw NetErrors.of(e, "getpeername");
        }
    }

    /**
     * Adds read and/or write permission for everyone (owner, group, others) to the socket file of a
     * listening pipe, as {@code uv_pipe_chmod}; bits it already has are kept.
     *
     * @throws UvException EINVAL if neither is asked, EBADF unless the socket file exists (listening)
     */
    public void chmod(boolean readable, boolean writable) {
        checkLoopThread();
        if (!readable && !writable) {
            throw new UvException(Errno.EINVAL, "uv_pipe_chmod");
        }
        if (isClosing() || !ownsSocketFile) {
            throw new UvException(Errno.EBADF, "uv_pipe_chmod");
        }
        try {
            Set<PosixFilePermission> perms =
                    Files.getPosixFilePermissions(bindPath, LinkOption.NOFOLLOW_LINKS);
            if (readable) {
                perms.add(PosixFilePermission.OWNER_READ);
                perms.add(PosixFilePermission.GROUP_READ);
                perms.add(PosixFilePermission.OTHERS_READ);
            }
            if (writable) {
                perms.add(PosixFilePermission.OWNER_WRITE);
                perms.add(PosixFilePermission.GROUP_WRITE);
                perms.add(PosixFilePermission.OTHERS_WRITE);
            }
            Files.setPosixFilePermissions(bindPath, perms);
        } catch (IOException | RuntimeException e) {
            throw NetErrors.of(e, "uv_pipe_chmod");
        }
    }

    @Override
    void socketsClosed() {
        if (ownsSocketFile) {
            ownsSocketFile = false;
            try {
                Files.deleteIfExists(bindPath);
            } catch (IOException e) {
                // the file may be gone or its directory read-only: as libuv, ignore unlink errors
            }
        }
    }

    private static Path path(String path, String syscall) {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.indexOf('\0') >= 0) {
            throw new UvException(Errno.EINVAL, syscall, path);
        }
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            throw new UvException(Errno.EINVAL, syscall, path);
        }
    }
}
