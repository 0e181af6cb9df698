package io.node4j.loop.process;

import io.node4j.loop.Errno;
import io.node4j.loop.Handle;
import io.node4j.loop.Loop;
import io.node4j.loop.UvException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;

/**
 * The read end of a pipe from a child's stdout or stderr, as the {@code uv_pipe_t} libuv creates for
 * {@code UV_CREATE_PIPE | UV_WRITABLE_PIPE}. Data is delivered on the loop thread, in order, in the poll
 * phase, then the end (EOF or an error) once.
 *
 * <p>The JDK's process streams block, so a dedicated reader thread (a daemon platform thread, started by
 * the first {@link #readStart}) reads them and posts each chunk to the loop. The handle is active —
 * keeping the loop alive while referenced — from {@link #readStart} until {@link #readStop}, the end, or
 * {@link #close}; data that arrived meanwhile is kept and delivered on the next {@code readStart}.
 *
 * <p>Back-pressure: the reader reads only while reading is started, and stops pulling once
 * {@value #MAX_CHUNKS} chunks (each at most {@value #CHUNK_SIZE} bytes) are waiting for the loop to
 * deliver them; a child that writes more then blocks on its full pipe, as with libuv when Node pauses.
 *
 * <p>Closing the handle closes the stream; a reader blocked in a read at that moment leaves it when the
 * child writes again or exits (the JDK cannot interrupt a blocking pipe read), and then drops the data.
 */
public final class ChildOutput extends Handle {
    /** Largest chunk handed to the read callback. */
    static final int CHUNK_SIZE = 64 * 1024;
    /** Chunks read ahead of delivery before the reader stops pulling. */
    static final int MAX_CHUNKS = 4;

    /** Receives what the child writes. */
    public interface ReadCallback {
        /** A chunk of data, never empty; the array is the callee's. */
        void onData(byte[] data);

        /** The end: {@code error} null for end of file, else the read error. Called once, last. */
        void onEnd(UvException error);
    }

    private final InputStream in;
    private final String threadName;
    /** Guards the fields the reader thread shares; the reader waits on it for permission to read. */
    private final Object gate = new Object();
    private boolean wantRead; // guarded by gate
    private boolean readerStopped; // guarded by gate
    private int inFlight; // guarded by gate: chunks read (or being read) and not yet delivered
    private Thread reader;

    /** Chunks that arrived on the loop thread, not yet delivered; an {@link End} item is last. */
    private final ArrayDeque<Object> arrived = new ArrayDeque<>();
    private ReadCallback callback;
    private boolean ended;

    private record End(UvException error) {
    }

    ChildOutput(Loop loop, InputStream in, String threadName) {
        super(loop);
        this.in = in;
        this.threadName = threadName;
    }

    /** Starts (or resumes) delivering data to {@code cb}; never calls it from inside this method. */
    public void readStart(ReadCallback cb) {
        loop().assertInLoopThread();
        Objects.requireNonNull(cb, "cb");
        checkNotClosing("uv_read_start");
        callback = cb;
        if (ended) {
            return; // libuv: reading an ended stream waits for nothing
        }
        markActive();
        synchronized (gate) {
            wantRead = true;
            gate.notifyAll();
        }
        if (reader == null) {
            reader = Thread.ofPlatform().daemon().name(threadName).start(this::readLoop);
        }
        if (!arrived.isEmpty()) {
            loop().execute(this::deliver);
        }
    }

    /** Stops delivering; the reader stops pulling after the read in progress. Idempotent. */
    public void readStop() {
        loop().assertInLoopThread();
        synchronized (gate) {
            wantRead = false;
        }
        markInactive();
    }

    /** Whether the end (EOF or error) has been delivered. */
    public boolean isEnded() {
        return ended;
    }

    /** Chunks that arrived and wait for delivery (the end included); for tests of back-pressure. */
    int bufferedChunks() {
        return arrived.size();
    }

    // ---------------------------------------------------------------- reader thread

    private void readLoop() {
        byte[] buf = new byte[CHUNK_SIZE];
        Loop loop = loop();
        try {
            while (true) {
                synchronized (gate) {
                    while (!readerStopped && (!wantRead || inFlight >= MAX_CHUNKS)) {
                        gate.wait();
                    }
                    if (readerStopped) {
                        return;
                    }
                    inFlight++;
                }
                Object item;
                try {
                    int n = in.read(buf);
                    item = n < 0 ? new End(null) : Arrays.copyOf(buf, n);
                } catch (IOException e) {
                    item = new End(new UvException(Errno.EIO, "read"));
                }
                synchronized (gate) {
                    if (readerStopped) {
                        return; // closed while we were reading: drop it
                    }
                }
                Object posted = item;
                loop.execute(() -> arrived(posted));
                if (item instanceof End) {
                    return;
                }
            }
        } catch (InterruptedException | RejectedExecutionException e) {
            // nobody interrupts this thread; a rejected post means the loop closed
        }
    }

    // ---------------------------------------------------------------- loop thread

    private void arrived(Object item) {
        if (isClosing()) {
            return;
        }
        arrived.add(item);
        deliver();
    }

    private void deliver() {
        while (isActive() && !isClosing() && !arrived.isEmpty()) {
            Object item = arrived.poll();
            synchronized (gate) {
                inFlight--;
                gate.notifyAll();
            }
            if (item instanceof End end) {
                ended = true;
                markInactive();
                callback.onEnd(end.error());
            } else {
                callback.onData((byte[]) item);
            }
        }
    }

    @Override
    protected void doClose() {
        markInactive();
        arrived.clear();
        synchronized (gate) {
            readerStopped = true;
            wantRead = false;
            gate.notifyAll();
        }
        if (reader == null || !reader.isAlive()) {
            closeQuietly();
        } else {
            // the reader may hold the stream's lock inside a blocking read: close from another thread
            Thread.ofPlatform().daemon().name(threadName + "-close").start(this::closeQuietly);
        }
    }

    private void closeQuietly() {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing to report: the handle is closing
        }
    }
}
