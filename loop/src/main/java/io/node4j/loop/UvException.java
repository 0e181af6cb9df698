package io.node4j.loop;

/**
 * An operating-system failure as libuv reports it: an {@link Errno}, the system call that failed and,
 * where one applies, the path (and destination path, for rename/link/copy). The runtime turns it into
 * Node's error object; its message is already Node's: {@code ENOENT: no such file or directory, open 'x'}.
 */
public final class UvException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Errno errno;
    private final String syscall;
    private final String path;
    private final String dest;

    public UvException(Errno errno, String syscall) {
        this(errno, syscall, null, null);
    }

    public UvException(Errno errno, String syscall, String path) {
        this(errno, syscall, path, null);
    }

    public UvException(Errno errno, String syscall, String path, String dest) {
        super(format(errno, syscall, path, dest), null, false, false);
        this.errno = errno;
        this.syscall = syscall;
        this.path = path;
        this.dest = dest;
    }

    public Errno errno() {
        return errno;
    }

    public String syscall() {
        return syscall;
    }

    public String path() {
        return path;
    }

    public String dest() {
        return dest;
    }

    private static String format(Errno errno, String syscall, String path, String dest) {
        StringBuilder sb = new StringBuilder(errno.name()).append(": ").append(errno.message());
        if (syscall != null) {
            sb.append(", ").append(syscall);
        }
        if (path != null) {
            sb.append(" '").append(path).append('\'');
        }
        if (dest != null) {
            sb.append(" -> '").append(dest).append('\'');
        }
        return sb.toString();
    }
}
