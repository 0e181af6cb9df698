package io.node4j.loop.process;

import io.node4j.loop.Errno;
import io.node4j.loop.Handle;
import io.node4j.loop.Hold;
import io.node4j.loop.Loop;
import io.node4j.loop.UvException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The write end of a pipe to a child's stdin, as the {@code uv_pipe_t} libuv creates for
 * {@code UV_CREATE_PIPE | UV_READABLE_PIPE}. {@link #write} and {@link #shutdown} never block the loop:
 * requests go, in order, to a writer thread (a daemon platform thread, started by the first request)
 * that does the blocking writes; each request's callback runs on the loop thread in the poll phase.
 *
 * <p>The handle itself is never active; like libuv's write and shutdown requests, every request keeps
 * the loop alive until its callback has run. {@link #close} cancels the requests not yet done: their
 * callbacks get {@code ECANCELED} in the next pending phase (normally before the close callback; after
 * it when {@code close} is called from a check callback). The writer starts no request after
 * {@code close}; one it had already started (a write blocked in the OS call because the child does not
 * read) cannot be taken back: it is reported cancelled all the same, and the writer finishes it (or fails
 * it when the child exits), drops the result and closes the stream.
 */
public final class ChildInput extends Handle {
    /** Told, on the loop thread, how a write or shutdown ended: {@code error} null on success. */
    @FunctionalInterface
    public interface WriteCallback {
        void done(UvException error);
    }

    private static final class Request {
        final byte[] data; // null for shutdown
        final WriteCallback callback;
        final Hold hold;
        final AtomicBoolean done = new AtomicBoolean();

        Request(byte[] data, WriteCallback callback, Hold hold) {
            this.data = data;
            this.callback = callback;
            this.hold = hold;
        }
    }

    /** Tells the writer to close the stream and end. */
    private static final Request CLOSE = new Request(null, null, null);

    private final OutputStream out;
    private final String threadName;
    private final LinkedBlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    /** Requests whose callback has not run, oldest first (loop thread only). */
    private final ArrayDeque<Request> outstanding = new ArrayDeque<>();
    private long queuedBytes;
    private boolean shutdownRequested;
    private Thread writer;
    /** Guards {@link #closedForWriter}: the writer starts no request once the handle began closing. */
    private final Object gate = new Object();
    private boolean closedForWriter; // guarded by gate

    ChildInput(Loop loop, OutputStream out, String threadName) {
        super(loop);
        this.out = out;
        this.threadName = threadName;
    }

    /**
     * Queues {@code data} (copied) for the child's stdin; {@code cb} (may be null) runs on the loop
     * thread once the bytes are written to the pipe or the write failed ({@code EPIPE} once the child has
     * closed its end or exited).
     *
     * @throws UvException EPIPE after {@link #shutdown}
     */
    public void write(byte[] data, WriteCallback cb) {
        write(data, 0, data.length, cb);
    }

    public void write(byte[] data, int offset, int length, WriteCallback cb) {
        loop().assertInLoopThread();
        Objects.checkFromIndexSize(offset, length, data.length);
        checkNotClosing("uv_write");
        if (shutdownRequested) {
            throw new UvException(Errno.EPIPE, "uv_write");
        }
        byte[] copy = new byte[length];
        System.arraycopy(data, offset, copy, 0, length);
        submit(new Request(copy, cb, loop().hold()));
        queuedBytes += length;
    }

    /**
     * Closes the child's stdin after the writes queued so far (the child reads EOF); {@code cb} (may be
     * null) runs on the loop thread when that is done.
     *
     * @throws UvException ENOTCONN if already requested
     */
    public void shutdown(WriteCallback cb) {
        loop().assertInLoopThread();
        checkNotClosing("uv_shutdown");
        if (shutdownRequested) {
            throw new UvException(Errno.ENOTCONN, "uv_shutdown");
        }
        shutdownRequested = true;
        submit(new Request(null, cb, loop().hold()));
    }

    /** Bytes queued and not yet written (libuv's {@code write_queue_size}). */
    public long writeQueueSize() {
        return queuedBytes;
    }

    private void submit(Request r) {
        outstanding.add(r);
        queue.add(r);
        if (writer == null) {
            writer = Thread.ofPlatform().daemon().name(threadName).start(this::writeLoop);
        }
    }

    // ---------------------------------------------------------------- writer thread

    private void writeLoop() {
        boolean broken = false;
        try {
            while (true) {
                Request r = queue.take();
                if (r == CLOSE) {
                    closeQuietly();
                    return;
                }
                synchronized (gate) {
                    if (closedForWriter || r.done.get()) {
                        continue; // cancelled by close: start nothing new
                    }
                }
                UvException error = null;
                if (broken) {
                    error = new UvException(Errno.EPIPE, r.data == null ? "uv_shutdown" : "uv_write");
                    if (r.data == null) {
                        closeQuietly(); // release the descriptor all the same
                    }
                } else if (r.data == null) {
                    // The shutdown is reported before the close that makes the child read EOF: the
                    // child may exit at once, and its exit (posted from another thread) must not reach
                    // the loop before the shutdown's completion, which libuv reports in the same turn
                    // as the close. Closing a pipe's write end does not fail in a way worth reporting.
                    complete(r, null);
                    closeQuietly();
                    return;
                } else {
                    try {
                        out.write(r.data);
                        out.flush();
                    } catch (IOException e) {
                        broken = true;
                        error = new UvException(Errno.EPIPE, "uv_write");
                    }
                }
                complete(r, error);
                if (r.data == null) {
                    return; // shut down: no write can follow, and the stream is closed
                }
            }
        } catch (InterruptedException e) {
            // nobody interrupts this thread
        }
    }

    private void complete(Request r, UvException error) {
        if (r.done.compareAndSet(false, true)) {
            r.hold.post(() -> finished(r, error));
        }
    }

    // ---------------------------------------------------------------- loop thread

    private void finished(Request r, UvException error) {
        if (outstanding.remove(r) && r.data != null) {
            queuedBytes -= r.data.length;
        }
        if (r.callback != null) {
            r.callback.done(error);
        }
    }

    @Override
    protected void doClose() {
        Loop loop = loop();
        synchronized (gate) {
            closedForWriter = true; // first, so the writer cannot start a request we are about to cancel
        }
        for (Request r : outstanding) {
            if (r.done.compareAndSet(false, true)) { // the writer has not finished it: cancel
                r.hold.release();
                if (r.callback != null) {
                    WriteCallback cb = r.callback;
                    UvException cancelled = new UvException(Errno.ECANCELED, r.data == null ? "uv_shutdown" : "uv_write");
                    loop.deferToPending(() -> cb.done(cancelled));
                }
            }
        }
        outstanding.clear();
        queuedBytes = 0;
        if (writer == null || !writer.isAlive()) {
            closeQuietly(); // no thread of ours can hold the stream's lock (closing twice is harmless)
        } else {
            queue.add(CLOSE);
        }
    }

    private void closeQuietly() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the child is gone or the pipe was closed: nothing to report while closing
        }
    }
}
