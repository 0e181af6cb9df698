package io.node4j.loop.net;

import io.node4j.loop.Errno;
import io.node4j.loop.UvException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.Locale;

/**
 * Maps what java.nio throws to libuv's error codes. The JDK reports OS failures as exceptions whose
 * message is the OS's {@code strerror} text (or its own wording for a few), so the text decides.
 */
final class NetErrors {
    /** Substrings of exception messages, lower case, checked in order. */
    private static final Object[][] BY_MESSAGE = {
        {"connection reset", Errno.ECONNRESET},
        {"broken pipe", Errno.EPIPE},
        {"connection refused", Errno.ECONNREFUSED},
        {"timed out", Errno.ETIMEDOUT},
        {"network is unreachable", Errno.ENETUNREACH},
        {"no route to host", Errno.EHOSTUNREACH},
        {"host is unreachable", Errno.EHOSTUNREACH},
        {"address already in use", Errno.EADDRINUSE},
        {"cannot assign requested address", Errno.EADDRNOTAVAIL},
        {"address not available", Errno.EADDRNOTAVAIL},
        {"permission denied", Errno.EACCES},
        {"operation not permitted", Errno.EPERM},
        {"no such file or directory", Errno.ENOENT},
        {"not a directory", Errno.ENOTDIR},
        {"too many open files in system", Errno.ENFILE},
        {"too many open files", Errno.EMFILE},
        {"address family not supported", Errno.EAFNOSUPPORT},
        {"protocol family unavailable", Errno.EAFNOSUPPORT},
        {"software caused connection abort", Errno.ECONNABORTED},
        {"not connected", Errno.ENOTCONN},
        {"network is down", Errno.ENETDOWN},
        {"host is down", Errno.EHOSTDOWN},
        {"invalid argument", Errno.EINVAL},
        {"too long", Errno.ENAMETOOLONG},
        {"no buffer space", Errno.ENOBUFS},
        {"read-only file system", Errno.EROFS},
        {"resource temporarily unavailable", Errno.EAGAIN},
        {"operation not supported", Errno.ENOTSUP},
        {"bad file descriptor", Errno.EBADF},
        {"socket closed", Errno.EBADF},
    };

    private NetErrors() {
    }

    static Errno errno(Throwable e) {
        if (e instanceof UvException uv) {
            return uv.errno();
        }
        if (e instanceof ClosedChannelException) {
            return Errno.EBADF;
        }
        if (e instanceof NotYetConnectedException) {
            return Errno.ENOTCONN;
        }
        if (e instanceof AlreadyConnectedException) {
            return Errno.EISCONN;
        }
        if (e instanceof ConnectionPendingException) {
            return Errno.EALREADY;
        }
        if (e instanceof UnsupportedAddressTypeException) {
            return Errno.EAFNOSUPPORT;
        }
        if (e instanceof UnresolvedAddressException) {
            return Errno.EINVAL;
        }
        if (e instanceof UnsupportedOperationException) {
            return Errno.ENOTSUP;
        }
        String message = e.getMessage();
        if (message != null) {
            String m = message.toLowerCase(Locale.ROOT);
            for (Object[] row : BY_MESSAGE) {
                if (m.contains((String) row[0])) {
                    return (Errno) row[1];
                }
            }
        }
        return Errno.EIO;
    }

    /** The libuv error for {@code e}, reported for {@code syscall}. */
    static UvException of(Throwable e, String syscall) {
        if (e instanceof UvException uv) {
            return uv;
        }
        return new UvException(errno(e), syscall);
    }
}
