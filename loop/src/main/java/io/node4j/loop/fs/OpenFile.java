package io.node4j.loop.fs;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One open file description behind a file descriptor: the channel, the path it was opened by (for
 * fstat, fchmod, futimes..., which the JDK can only do by path), and the open flags.
 */
final class OpenFile {
    private final Object channelLock = new Object();
    private final int stdio;
    private volatile FileChannel channel;
    final Path path;
    final String pathString;
    final int flags;
    /** O_APPEND that the JDK cannot express (with read access or O_TRUNC): writes seek to the end first. */
    final boolean emulatedAppend;
    /** Serialises emulated-append writes within this process. */
    final Object appendLock = new Object();
    /** The opened file's identity (st_dev, st_ino), or -1 if unknown. */
    private final long dev;
    private final long ino;

    OpenFile(FileChannel channel, Path path, String pathString, int flags, boolean emulatedAppend) {
        this(channel, path, pathString, flags, emulatedAppend, -1, -1);
    }

    OpenFile(FileChannel channel, Path path, String pathString, int flags, boolean emulatedAppend, long dev,
             long ino) {
        this.channel = channel;
        this.path = path;
        this.pathString = pathString;
        this.flags = flags;
        this.emulatedAppend = emulatedAppend;
        this.stdio = -1;
        this.dev = dev;
        this.ino = ino;
    }

    private OpenFile(int stdio) {
        this.stdio = stdio;
        this.path = Path.of("/proc/self/fd/" + stdio);
        this.pathString = null;
        this.flags = stdio == 0 ? FsConstants.O_RDONLY : FsConstants.O_WRONLY;
        this.emulatedAppend = false;
        this.dev = -1;
        this.ino = -1;
    }

    /**
     * A path that names this very file now, for the operations the JDK only offers by path (fstat,
     * fchmod, fchown, futimes). The path it was opened by while that still leads to the same inode;
     * after a rename or unlink, the JVM's own {@code /proc/self/fd/N} entry for it (the kernel follows
     * those to the open file even when it has no name left); the original path if neither works.
     */
    Path currentPath() {
        if (isStdio() || ino == -1) {
            return path;
        }
        if (sameFile(path)) {
            return path;
        }
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path fd : fds) {
                if (sameFile(fd)) {
                    return fd;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: fall back to the path
        }
        return path;
    }

    private boolean sameFile(Path p) {
        try {
            Map<String, Object> a = Files.readAttributes(p, "unix:dev,ino");
            return ((Number) a.get("dev")).longValue() == dev && ((Number) a.get("ino")).longValue() == ino;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Fd 0, 1 or 2: the process's own stdin/stdout/stderr; its channel is made on first use. */
    static OpenFile stdio(int fd) {
        return new OpenFile(fd);
    }

    boolean isStdio() {
        return stdio >= 0;
    }

    /** The channel; for stdio, one over the JVM's own FileDescriptor.in/out/err. */
    @SuppressWarnings("resource") // the stream owns nothing beyond the process fd, which must stay open
    FileChannel channel() {
        FileChannel c = channel;
        if (c == null) {
            synchronized (channelLock) {
                c = channel;
                if (c == null) {
                    c = switch (stdio) {
                        case 0 -> new FileInputStream(FileDescriptor.in).getChannel();
                        case 1 -> new FileOutputStream(FileDescriptor.out).getChannel();
                        default -> new FileOutputStream(FileDescriptor.err).getChannel();
                    };
                    channel = c;
                }
            }
        }
        return c;
    }

    boolean appending() {
        return (flags & FsConstants.O_APPEND) != 0;
    }

    /** Closes the channel; stdio's process descriptors are left open (the JVM still uses them). */
    void close() throws IOException {
        if (!isStdio()) {
            channel.close();
        }
    }
}
