package io.node4j.runtime.bindings;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Async;
import io.node4j.loop.Loop;
import io.node4j.runtime.Callbacks;
import io.node4j.runtime.Stdio;

/**
 * {@code internalBinding('stdio')}: what process.stdin/stdout/stderr need beyond the synchronous
 * writes of {@code internalBinding('process')}: whether an fd is a terminal and its size, and reading
 * fd 0.
 *
 * <p>Reading: a daemon thread reads the instance's stdin in chunks of up to 64 KiB, only while JS
 * wants data ({@link #readStart()}), and hands each chunk to the loop through a queue and an
 * {@link Async}. The async is ref'd while reading, so a program listening to stdin stays alive until
 * EOF, and unref'd by {@link #readStop()}, so a paused stdin lets the program exit, as in Node. The
 * reader thread never touches the loop or JS: it only appends to the queue and calls
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
    private final ConcurrentLinkedQueue<Object> chunks = new ConcurrentLinkedQueue<>();
    /** Guarded by itself: whether the reader thread may start another read. */
    private final Object gate = new Object();
    private boolean wanted;
    private Thread reader;
    private Async async;
    private Value onChunk;
    private boolean ended;

    public StdioBinding(Loop loop, Callbacks callbacks, Stdio stdio) {
        this.loop = loop;
        this.callbacks = callbacks;
        this.stdio = stdio;
    }

    @Override
    public String name() {
        return "stdio";
    }

    /** Whether fd 0, 1 or 2 is a terminal: only the process's own streams can be. */
    @Export
    public boolean isatty(int fd) {
        if (!isProcessStream(fd)) {
            return false;
        }
        MethodHandle isatty = Native.ISATTY;
        if (isatty == null) {
            return false;
        }
        try {
            return (int) isatty.invokeExact(fd) == 1;
        } catch (Throwable t) {
            return false;
        }
    }

    /**
     * What fd 0, 1 or 2 is, as Node's guessHandleType names it: 'TTY', 'PIPE' (pipes and sockets),
     * 'FILE' or 'UNKNOWN' (also for a worker's streams, which are not the process's).
     */
    @Export
    public String handleType(int fd) {
        if (!isProcessStream(fd)) {
            return "UNKNOWN";
        }
        if (isatty(fd)) {
            return "TTY";
        }
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/" + fd)).toString();
            if (target.startsWith("pipe:") || target.startsWith("socket:")) {
                return "PIPE";
            }
            return target.startsWith("/") ? "FILE" : "UNKNOWN";
        } catch (IOException | UnsupportedOperationException e) {
            return "UNKNOWN";
        }
    }

    /** The terminal's [columns, rows], or null when fd is not a terminal. */
    @Export
    public int[] windowSize(int fd) {
        if (!isatty(fd) || Native.IOCTL == null) {
            return null;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment size = arena.allocate(8);
            int rc = (int) Native.IOCTL.invokeExact(fd, Native.TIOCGWINSZ, size);
            if (rc != 0) {
                return null;
            }
            int rows = Short.toUnsignedInt(size.get(ValueLayout.JAVA_SHORT, 0));
            int cols = Short.toUnsignedInt(size.get(ValueLayout.JAVA_SHORT, 2));
            return new int[] {cols, rows};
        } catch (Throwable t) {
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

    /** Sets the function that receives each chunk (an ArrayBuffer), or null at end of input. */
    @Export
    public void setup(Value onChunk) {
        this.onChunk = onChunk;
    }

    /** Starts (or resumes) reading fd 0; the loop stays alive until EOF or readStop(). */
    @Export
    public void readStart() {
        if (ended) {
            return;
        }
        if (async == null) {
            async = new Async(loop, this::deliver);
            reader = Thread.ofPlatform().daemon().name("node4j-stdin").start(this::readLoop);
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

    /** Stops reading: the program may exit while stdin is paused. */
    @Export
    public void readStop() {
        synchronized (gate) {
            wanted = false;
        }
        if (async != null && !ended) {
            async.unref();
        }
    }

    private void readLoop() {
        InputStream in = stdio.in();
        byte[] buffer = new byte[CHUNK];
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
        Object next;
        while (!ended && isWanted() && (next = chunks.poll()) != null) {
            byte[] chunk = (byte[]) next;
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

    /** libc's isatty and ioctl, through the foreign-function API. */
    private static final class Native {
        static final long TIOCGWINSZ = 0x5413;
        static final MethodHandle ISATTY = find("isatty",
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        static final MethodHandle IOCTL = find("ioctl",
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG,
                        ValueLayout.ADDRESS));

        @SuppressWarnings("restricted") // the launcher enables native access for node4j
        private static MethodHandle find(String name, FunctionDescriptor descriptor) {
            try {
                Linker linker = Linker.nativeLinker();
                return linker.defaultLookup().find(name)
                        .map(address -> linker.downcallHandle(address, descriptor,
                                name.equals("ioctl") ? new Linker.Option[] {Linker.Option.firstVariadicArg(2)}
                                        : new Linker.Option[0]))
                        .orElse(null);
            } catch (IllegalCallerException | UnsupportedOperationException e) {
                return null;
            }
        }
    }
}
