package io.node4j.loop.fs;

import io.node4j.loop.Errno;
import io.node4j.loop.UvException;

import java.util.BitSet;

/**
 * POSIX-style file descriptors: small integers naming open files. 0, 1 and 2 are the process's
 * stdin, stdout and stderr; every new descriptor takes the lowest free number (≥ 3 while stdio stays
 * open), as open(2) does, and a closed number is reused. All methods are thread-safe.
 *
 * <p>The numbers are this table's own, not the kernel's: they are what Node's JavaScript sees.
 * {@link #process()} is the one table the {@link Fs} operations use.
 */
public final class FdTable {
    /** The default most descriptors open at once (a common RLIMIT_NOFILE hard limit). */
    public static final int DEFAULT_LIMIT = 65536;

    private static final FdTable PROCESS = new FdTable(DEFAULT_LIMIT);

    private final int limit;
    private final BitSet used = new BitSet();
    private OpenFile[] files = new OpenFile[64];
    private int open;

    /** A table with stdio at 0, 1 and 2 that allows at most {@code limit} open descriptors (stdio included). */
    public FdTable(int limit) {
        if (limit < 3) {
            throw new IllegalArgumentException("limit < 3: " + limit);
        }
        this.limit = limit;
        for (int fd = 0; fd < 3; fd++) {
            files[fd] = OpenFile.stdio(fd);
            used.set(fd);
        }
        open = 3;
    }

    /** The process-wide table. */
    public static FdTable process() {
        return PROCESS;
    }

    /** The most descriptors this table holds at once. */
    public int limit() {
        return limit;
    }

    /** How many descriptors are open (stdio included). */
    public synchronized int openCount() {
        return open;
    }

    /** Whether {@code fd} names an open file. */
    public synchronized boolean isOpen(int fd) {
        return fd >= 0 && fd < files.length && files[fd] != null;
    }

    /** The path {@code fd} was opened by, or null for stdio; EBADF if not open. */
    public String pathOf(int fd) {
        return get(fd, "fstat").pathString;
    }

    /** Installs {@code file} at the lowest free number; EMFILE (syscall {@code syscall}) at the limit. */
    synchronized int add(OpenFile file, String syscall, String path) {
        if (open >= limit) {
            throw new UvException(Errno.EMFILE, syscall, path);
        }
        int fd = used.nextClearBit(0);
        if (fd >= files.length) {
            OpenFile[] bigger = new OpenFile[Math.min(Math.max(files.length * 2, fd + 1), limit)];
            System.arraycopy(files, 0, bigger, 0, files.length);
            files = bigger;
        }
        files[fd] = file;
        used.set(fd);
        open++;
        return fd;
    }

    /** The open file {@code fd} names; EBADF with {@code syscall} if none. */
    synchronized OpenFile get(int fd, String syscall) {
        if (fd < 0 || fd >= files.length || files[fd] == null) {
            throw new UvException(Errno.EBADF, syscall);
        }
        return files[fd];
    }

    /** Removes {@code fd} and returns what it named; EBADF with {@code syscall} if none. */
    synchronized OpenFile remove(int fd, String syscall) {
        OpenFile f = get(fd, syscall);
        files[fd] = null;
        used.clear(fd);
        open--;
        return f;
    }
}
