package io.node4j.runtime.bindings;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Async;
import io.node4j.loop.Loop;
import io.node4j.loop.fs.FdTable;
import io.node4j.loop.tty.Terminal;
import io.node4j.runtime.Callbacks;
import io.node4j.runtime.Stdio;

/**
 * {@code internalBinding('stdio')}: what process.stdin/stdout/stderr and the tty module need beyond the
 * synchronous writes of {@code internalBinding('process')}: whether an fd is a terminal, its size and
 * raw mode, and reading an fd (the instance's stdin, or a terminal opened with fs) as a stream.
 *
 * <p>Descriptors: 0, 1 and 2 are the instance's own streams, which are the process's only when the
 * instance runs with the JVM's stdio (never in a worker or an embedding with captured streams); 3 and
 * up are fs's descriptors (FdTable), known by the path they were opened with.
 *
 * <p>Reading ({@link Reader}): a daemon thread reads in chunks of up to 64 KiB, only while JS wants
 * data ({@link Reader#readStart()}), and hands each chunk to the loop through a queue and an
 * {@link Async}. The async is ref'd while reading, so a program listening to stdin stays alive until
 * EOF, and unref'd by {@link Reader#readStop()}, so a paused stream lets the program exit, as in Node.
 * The reader thread never touches the loop or JS: it only appends to the queue and calls
 * {@code Async.send()}, both thread-safe. A read already blocked when JS stops reading completes into
 * the queue and is delivered on the next readStart().
 */
public final class StdioBinding implements Binding {
    private static final int CHUNK = 64 * 1024;
    /** The queue's end-of-input marker. */
    private static final byte[] EOF = new byte[0];

    private final Loop loop;
    private final Callbacks callbacks;
    private final Stdio stdio;

    public StdioBinding(Loop loop, Callbacks callbacks, Stdio stdio) {
        this.loop = loop;
        this.callbacks = callbacks;
        this.stdio = stdio;
    }

    @Override
    public String name() {
        return "stdio";
    }

    /** Whether fd is a terminal: fd 0, 1 or 2 when the process's own is, or an fs fd opened on one. */
    @Export
    public boolean isatty(int fd) {
        if (fd <= 2) {
            return isProcessStream(fd) && Terminal.isatty(fd);
        }
        String path = fsPath(fd);
        return path != null && Terminal.isTerminalPath(path);
    }

    /**
     * What fd is, as Node's guessHandleType names it: 'TTY', 'PIPE' (pipes and sockets), 'FILE' (files
     * and other devices) or 'UNKNOWN' (a closed fd; also a worker's streams, which are not the
     * process's).
     */
    @Export
    public String handleType(int fd) {
        if (fd <= 2 && !isProcessStream(fd)) {
            return "UNKNOWN";
        }
        if (isatty(fd)) {
            return "TTY";
        }
        try {
            Path path = fd <= 2 ? Path.of("/proc/self/fd/" + fd) : fsPathOrNull(fd);
            if (path == null) {
                return "UNKNOWN";
            }
            if (fd <= 2) {
                String target = Files.readSymbolicLink(path).toString();
                if (target.startsWith("pipe:") || target.startsWith("socket:")) {
                    return "PIPE";
                }
                if (!target.startsWith("/")) {
                    return "UNKNOWN";
                }
                path = Path.of(target);
            }
            var attributes = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
            if (attributes.isOther()) {
                Object mode = Files.getAttribute(path, "unix:mode");
                int type = mode instanceof Integer m ? m & 0170000 : 0;
                if (type == 0010000 || type == 0140000) { // S_IFIFO, S_IFSOCK
                    return "PIPE";
                }
            }
            return "FILE";
        } catch (IOException | RuntimeException e) {
            return fd <= 2 ? "UNKNOWN" : "FILE";
        }
    }

    /** The terminal's [columns, rows], or null when fd is not a terminal. */
    @Export
    public int[] windowSize(int fd) {
        if (fd <= 2) {
            return isProcessStream(fd) && Terminal.isatty(fd) ? Terminal.windowSize(fd) : null;
        }
        String path = fsPath(fd);
        int nativeFd = path == null ? -1 : Terminal.open(path);
        if (nativeFd < 0) {
            return null;
        }
        try {
            return Terminal.isatty(nativeFd) ? Terminal.windowSize(nativeFd) : null;
        } finally {
            Terminal.close(nativeFd);
        }
    }

    /**
     * A reader of fd (0, or an fs fd opened on a terminal or pipe) that calls {@code onChunk} on the
     * loop thread with each chunk read (an ArrayBuffer), and with null at end of input.
     */
    @Export
    public Reader reader(int fd, Value onChunk) {
        return new Reader(fd, onChunk);
    }

    private static String fsPath(int fd) {
        Path p = fsPathOrNull(fd);
        return p == null ? null : p.toString();
    }

    private static Path fsPathOrNull(int fd) {
        try {
            FdTable fds = FdTable.process();
            String path = fds.isOpen(fd) ? fds.pathOf(fd) : null;
            return path == null ? null : Path.of(path);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private boolean isProcessStream(int fd) {
        try {
            return switch (fd) {
                case 0 -> stdio.in() == System.in
                        || (stdio.in() instanceof FileInputStream f && f.getFD() == FileDescriptor.in);
                case 1 -> isFd(stdio.out(), FileDescriptor.out);
                case 2 -> isFd(stdio.err(), FileDescriptor.err);
                default -> false;
            };
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isFd(OutputStream out, FileDescriptor fd) throws IOException {
        return out instanceof FileOutputStream f && f.getFD() == fd;
    }

    /** One fd read as a stream of chunks; see the class comment. */
    public final class Reader {
        private final int fd;
        private final io.node4j.runtime.Callbacks.Bound onChunk;
        private final ConcurrentLinkedQueue<byte[]> chunks = new ConcurrentLinkedQueue<>();
        /** Guarded by itself: whether the reader thread may start another read. */
        private final Object gate = new Object();
        private boolean wanted;
        private Thread thread;
        private Async async;
        private boolean ended;
        /** The native fd raw mode is set on: 0 for stdin, a device opened for fs fds; -1 until needed. */
        private int terminalFd = -1;
        private boolean raw;
        /** What the thread reads: the instance's stdin for fd 0, else a stream this reader opened. */
        private volatile InputStream in;

        Reader(int fd, Value onChunk) {
            this.fd = fd;
            this.onChunk = callbacks.bindHandle(onChunk, "TTYWRAP");
        }

        /** Starts (or resumes) reading; the loop stays alive until EOF or readStop(). */
        @Export
        public void readStart() {
            if (ended) {
                return;
            }
            if (async == null) {
                async = new Async(loop, this::deliver);
                thread = Thread.ofPlatform().daemon().name("node4j-read-fd" + fd).start(this::readLoop);
            }
            async.ref();
            synchronized (gate) {
                wanted = true;
                gate.notifyAll();
            }
            if (!chunks.isEmpty()) {
                async.send();
            }
        }

        /** Stops reading: the program may exit while the stream is paused. */
        @Export
        public void readStop() {
            synchronized (gate) {
                wanted = false;
            }
            if (async != null && !ended) {
                async.unref();
            }
        }

        /** The terminal's mode (see {@link Terminal#setMode}); 0, or a negative errno. */
        @Export
        public int setMode(int mode) {
            if (terminalFd < 0) {
                if (fd == 0) {
                    if (!isProcessStream(0)) {
                        return -25; // ENOTTY
                    }
                    terminalFd = 0;
                } else {
                    String path = fsPath(fd);
                    terminalFd = path == null ? -1 : Terminal.open(path);
                    if (terminalFd < 0) {
                        return -9; // EBADF
                    }
                }
            }
            int err = Terminal.setMode(terminalFd, mode);
            if (err == 0) {
                raw = mode != Terminal.MODE_NORMAL;
            }
            return err;
        }

        /** Stops reading for good and puts the terminal back in normal mode if this reader changed it. */
        @Export
        public void close() {
            readStop();
            if (terminalFd > 2) {
                Terminal.release(terminalFd);
                Terminal.close(terminalFd);
                terminalFd = -1;
            } else if (raw) {
                Terminal.setMode(terminalFd, Terminal.MODE_NORMAL);
            }
            raw = false;
            if (async != null && !ended) {
                ended = true;
                async.close(null);
            }
            if (thread != null) {
                thread.interrupt();
            }
            InputStream opened = in;
            if (fd != 0 && opened != null) {
                try {
                    opened.close(); // unblocks a read in progress
                } catch (IOException e) {
                    // closed either way
                }
            }
        }

        private InputStream open() throws IOException {
            if (fd == 0) {
                return stdio.in();
            }
            String path = fsPath(fd);
            if (path == null) {
                throw new IOException("EBADF");
            }
            return new FileInputStream(path);
        }

        private void readLoop() {
            byte[] buffer = new byte[CHUNK];
            try {
                in = open();
            } catch (IOException e) {
                chunks.add(EOF);
                async.send();
                return;
            }
            while (true) {
                synchronized (gate) {
                    while (!wanted) {
                        try {
                            gate.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException e) {
                    n = -1;
                }
                if (n < 0) {
                    chunks.add(EOF);
                    async.send();
                    return;
                }
                if (n > 0) {
                    byte[] chunk = new byte[n];
                    System.arraycopy(buffer, 0, chunk, 0, n);
                    chunks.add(chunk);
                    async.send();
                }
            }
        }

        /** Loop thread: hands queued chunks to JS while JS still wants them. */
        private void deliver() {
            byte[] chunk;
            while (!ended && isWanted() && (chunk = chunks.poll()) != null) {
                if (chunk == EOF) {
                    ended = true;
                    async.close(null);
                    callbacks.invoke(onChunk, (Object) null);
                    return;
                }
                callbacks.invoke(onChunk, ByteBuffer.wrap(chunk));
            }
        }

        private boolean isWanted() {
            synchronized (gate) {
                return wanted;
            }
        }
    }
}
