package io.node4j.loop;

import java.util.HashMap;
import java.util.Map;

/**
 * The error codes libuv reports, with Linux's numbers (negated, as libuv and Node expose them)
 * and libuv's messages. Every OS failure that leaves the loop layer carries one of these.
 */
public enum Errno {
    E2BIG(7, "argument list too long"),
    ENOEXEC(8, "exec format error"),
    EACCES(13, "permission denied"),
    EADDRINUSE(98, "address already in use"),
    EADDRNOTAVAIL(99, "address not available"),
    EAFNOSUPPORT(97, "address family not supported"),
    EAGAIN(11, "resource temporarily unavailable"),
    EALREADY(114, "connection already in progress"),
    EBADF(9, "bad file descriptor"),
    EBUSY(16, "resource busy or locked"),
    ECANCELED(125, "operation canceled"),
    ECHILD(10, "no child processes"),
    ECONNABORTED(103, "software caused connection abort"),
    ECONNREFUSED(111, "connection refused"),
    ECONNRESET(104, "connection reset by peer"),
    EDESTADDRREQ(89, "destination address required"),
    EEXIST(17, "file already exists"),
    EFAULT(14, "bad address in system call argument"),
    EFBIG(27, "file too large"),
    EHOSTDOWN(112, "host is down"),
    EHOSTUNREACH(113, "host is unreachable"),
    EINTR(4, "interrupted system call"),
    EINVAL(22, "invalid argument"),
    EIO(5, "i/o error"),
    EISCONN(106, "socket is already connected"),
    EISDIR(21, "illegal operation on a directory"),
    ELOOP(40, "too many symbolic links encountered"),
    EMFILE(24, "too many open files"),
    EMLINK(31, "too many links"),
    EMSGSIZE(90, "message too long"),
    ENAMETOOLONG(36, "name too long"),
    ENETDOWN(100, "network is down"),
    ENETUNREACH(101, "network is unreachable"),
    ENFILE(23, "file table overflow"),
    ENOBUFS(105, "no buffer space available"),
    ENODEV(19, "no such device"),
    ENOENT(2, "no such file or directory"),
    ENOMEM(12, "not enough memory"),
    ENOSPC(28, "no space left on device"),
    ENOSYS(38, "function not implemented"),
    ENOTCONN(107, "socket is not connected"),
    ENOTDIR(20, "not a directory"),
    ENOTEMPTY(39, "directory not empty"),
    ENOTSOCK(88, "socket operation on non-socket"),
    ENOTSUP(95, "operation not supported on socket"),
    ENOTTY(25, "inappropriate ioctl for device"),
    ENXIO(6, "no such device or address"),
    EOVERFLOW(75, "value too large for defined data type"),
    EPERM(1, "operation not permitted"),
    EPIPE(32, "broken pipe"),
    EPROTO(71, "protocol error"),
    EPROTONOSUPPORT(93, "protocol not supported"),
    EPROTOTYPE(91, "protocol wrong type for socket"),
    ERANGE(34, "result too large"),
    EROFS(30, "read-only file system"),
    ESHUTDOWN(108, "cannot send after transport endpoint shutdown"),
    ESPIPE(29, "invalid seek"),
    ESRCH(3, "no such process"),
    ETIMEDOUT(110, "connection timed out"),
    ETXTBSY(26, "text file is busy"),
    EXDEV(18, "cross-device link not permitted"),
    /** End of stream; libuv's own code, not an OS errno. */
    EOF(4095, "end of file"),
    /** getaddrinfo failures, libuv's numbering. */
    EAI_ADDRFAMILY(3000, "address family not supported"),
    EAI_AGAIN(3001, "temporary failure"),
    EAI_BADFLAGS(3002, "bad ai_flags value"),
    EAI_CANCELED(3003, "request canceled"),
    EAI_FAIL(3004, "permanent failure"),
    EAI_FAMILY(3005, "ai_family not supported"),
    EAI_MEMORY(3006, "out of memory"),
    EAI_NODATA(3007, "no address"),
    EAI_NONAME(3008, "unknown node or service"),
    EAI_OVERFLOW(3009, "argument buffer overflow"),
    EAI_SERVICE(3010, "service not available for socket type"),
    EAI_SOCKTYPE(3011, "socket type not supported");

    private static final Map<Integer, Errno> BY_CODE = new HashMap<>();

    static {
        for (Errno e : values()) {
            BY_CODE.putIfAbsent(e.code(), e);
        }
    }

    private final int number;
    private final String message;

    Errno(int number, String message) {
        this.number = number;
        this.message = message;
    }

    /** The negative code libuv returns and Node shows as {@code err.errno}, e.g. -2 for ENOENT. */
    public int code() {
        return -number;
    }

    /** libuv's description, e.g. "no such file or directory". */
    public String message() {
        return message;
    }

    /** The error for a negative libuv code, or null if the code is unknown. */
    public static Errno ofCode(int code) {
        return BY_CODE.get(code);
    }
}
