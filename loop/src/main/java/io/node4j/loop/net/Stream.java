package io.node4j.loop.net;

import io.node4j.loop.Errno;
import io.node4j.loop.Handle;
import io.node4j.loop.Hold;
import io.node4j.loop.Loop;
import io.node4j.loop.Registration;
import io.node4j.loop.UvException;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * A byte stream over a socket, as libuv's {@code uv_stream_t}: the part {@link Tcp} and {@link Pipe}
 * share. Every method must be called on the loop thread; every callback runs there.
 *
 * <h2>Activity and liveness</h2>
 * The handle is active while it reads or listens; like any handle it then keeps the loop alive unless
 * {@link #unref() unref'd}. Each outstanding request (a connect, a write, a shutdown) keeps the loop
 * alive as well, as libuv's requests do, until its callback has run (whether or not the handle is ref'd).
 *
 * <h2>Reading</h2>
 * {@link #readStart} delivers what arrives, up to 64 KiB per callback (libuv's suggested size) and at
 * most 32 reads per readiness event so one busy socket cannot starve the others. The end of the stream
 * is delivered as {@link Errno#EOF}; a reset as {@link Errno#ECONNRESET}. Either stops reading.
 *
 * <h2>Writing</h2>
 * {@link #write} queues the buffers; if nothing was queued before, it writes at once as far as the
 * kernel takes, and the rest goes out as the socket becomes writable. The callback runs once every
 * byte of the request was handed to the kernel (or on error), never inside {@code write} itself, and
 * callbacks run in the order of the writes. The layer does not copy: it keeps the caller's buffers
 * (their positions and limits are left alone; their content must not change until the callback), so
 * its memory is what the caller queued, visible as {@link #writeQueueSize()} for back-pressure.
 *
 * <h2>Closing</h2>
 * {@link #close} closes the socket at once. Queued writes, an unfinished connect and a shutdown waiting
 * for the queue get {@link Errno#ECANCELED} in the close phase, just before the close callback.
 */
public abstract sealed class Stream extends Handle permits Tcp, Pipe {
    /** Bytes asked for per read, as libuv's suggested allocation. */
    public static final int READ_SIZE = 64 * 1024;
    private static final int READS_PER_EVENT = 32;
    /** At most this many bytes per write call, so a large heap buffer is not copied whole each time. */
    private static final int MAX_BYTES_PER_WRITE = 1 << 20;
    private static final int MAX_BUFFERS_PER_WRITE = 64;
    private static final ThreadLocal<ByteBuffer> READ_BUFFER =
            ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(READ_SIZE));

    /** The connected (or connecting) socket; null before connect and on a server. */
    SocketChannel channel;
    /** The listening socket; null unless listening. */
    ServerSocketChannel server;
    private Registration registration;

    private boolean readable;
    private boolean writable;
    private boolean reading;
    private boolean listening;
    private boolean connecting;
    private boolean shutting;
    /** The connect completed inside connect(): the poll phase reports it when the socket is writable. */
    private boolean connectedAtOnce;
    private boolean shut;

    private ReadCallback readCallback;
    private ConnectionCallback connectionCallback;
    private SocketChannel acceptedChannel;
    private StatusCallback connectCallback;
    private StatusCallback shutdownCallback;

    private final ArrayDeque<WriteRequest> writeQueue = new ArrayDeque<>();
    private ArrayDeque<WriteRequest> completedWrites = new ArrayDeque<>();
    private long writeQueueSize;
    private boolean completionsScheduled;

    private int outstandingRequests;
    private Hold hold;

    Stream(Loop loop) {
        super(loop);
    }

    /** A stream over a socket a server accepted (already non-blocking): readable and writable at once. */
    Stream(Loop loop, SocketChannel accepted) {
        super(loop);
        channel = accepted;
        readable = true;
        writable = true;
    }

    final void checkLoopThread() {
        loop().assertInLoopThread();
    }

    // ---------------------------------------------------------------- state

    /** Whether the stream can be read: connected (or connecting) and not closed. libuv's {@code uv_is_readable}. */
    public final boolean isReadable() {
        return readable;
    }

    /** Whether writes are accepted: connected (or connecting), not shut down, not closed. */
    public final boolean isWritable() {
        return writable;
    }

    public final boolean isReading() {
        return reading;
    }

    public final boolean isListening() {
        return listening;
    }

    public final boolean isConnecting() {
        return connecting;
    }

    /** Bytes queued for writing and not yet handed to the kernel (Node's {@code writeQueueSize}). */
    public final long writeQueueSize() {
        return writeQueueSize;
    }

    /** Write requests whose callback has not run yet. */
    public final int pendingWriteRequests() {
        return writeQueue.size() + completedWrites.size();
    }

    // ---------------------------------------------------------------- reading

    /**
     * Starts delivering data to {@code cb}, as {@code uv_read_start}; calling it again replaces the
     * callback.
     *
     * @throws UvException EINVAL if the handle is closing, ENOTCONN if the stream is not connected
     */
    public final void readStart(ReadCallback cb) {
        checkLoopThread();
        Objects.requireNonNull(cb, "cb");
        checkNotClosing("read");
        if (!readable) {
            throw new UvException(Errno.ENOTCONN, "read");
        }
        readCallback = cb;
        reading = true;
        updateInterest();
        updateActive();
    }

    /** Stops reading, as {@code uv_read_stop}; data stays in the kernel until reading starts again. */
    public final void readStop() {
        checkLoopThread();
        if (!reading) {
            return;
        }
        reading = false;
        readCallback = null;
        updateInterest();
        updateActive();
    }

    private void readSome() {
        ByteBuffer buf = READ_BUFFER.get();
        int count = READS_PER_EVENT;
        while (reading && !isClosing() && count-- > 0) {
            ReadCallback cb = readCallback;
            buf.clear();
            int n;
            try {
                n = channel.read(buf);
            } catch (IOException | RuntimeException e) {
                stopReadingAfterEnd();
                cb.onRead(null, NetErrors.of(e, "read"));
                return;
            }
            if (n == 0) {
                return;
            }
            if (n < 0) {
                stopReadingAfterEnd();
                cb.onRead(null, new UvException(Errno.EOF, "read"));
                return;
            }
            buf.flip();
            ByteBuffer data = ByteBuffer.allocate(n);
            data.put(buf).flip();
            cb.onRead(data, null);
            if (n < READ_SIZE) {
                return;
            }
        }
    }

    private void stopReadingAfterEnd() {
        reading = false;
        readCallback = null;
        updateInterest();
        updateActive();
    }

    // ---------------------------------------------------------------- writing

    /** {@link #write(ByteBuffer[], StatusCallback)} with one buffer. */
    public final void write(ByteBuffer data, StatusCallback cb) {
        write(new ByteBuffer[] {data}, cb);
    }

    /**
     * Queues the remaining bytes of {@code data} for writing, as {@code uv_write}; {@code cb} (may be
     * null) runs once they were all handed to the kernel, or with the error that stopped them (EPIPE or
     * ECONNRESET when the peer is gone, ECANCELED when the handle closed or the connect failed). While a
     * connect is in progress the bytes wait for it.
     *
     * @throws UvException EBADF if the handle is closed or has no socket, EPIPE after {@link #shutdown}
     */
    public final void write(ByteBuffer[] data, StatusCallback cb) {
        checkLoopThread();
        Objects.requireNonNull(data, "data");
        checkWritable("write");
        WriteRequest req = new WriteRequest(data, cb);
        boolean wasIdle = writeQueue.isEmpty();
        writeQueue.add(req);
        writeQueueSize += req.remaining;
        requestStarted();
        if (connecting) {
            return;
        }
        if (wasIdle) {
            writeQueued();
            if (!completedWrites.isEmpty()) {
                scheduleWriteCallbacks();
            }
        }
        updateInterest();
    }

    /**
     * Writes what the kernel takes now, without queueing, as {@code uv_try_write}; the buffers are not
     * modified.
     *
     * @return the bytes written (the caller queues the rest, if any)
     * @throws UvException EAGAIN if writes are queued, a connect is in progress or nothing could be
     *     written; EBADF or EPIPE as {@link #write}; the OS error if the write failed
     */
    public final long tryWrite(ByteBuffer... data) {
        checkLoopThread();
        checkWritable("write");
        if (connecting || !writeQueue.isEmpty()) {
            throw new UvException(Errno.EAGAIN, "write");
        }
        WriteRequest req = new WriteRequest(data, null);
        if (req.remaining == 0) {
            return 0;
        }
        long n;
        try {
            n = req.writeTo(channel);
        } catch (IOException | RuntimeException e) {
            throw NetErrors.of(e, "write");
        }
        if (n == 0) {
            throw new UvException(Errno.EAGAIN, "write");
        }
        return n;
    }

    private void checkWritable(String syscall) {
        if (isClosing() || channel == null) {
            throw new UvException(Errno.EBADF, syscall);
        }
        if (!writable) {
            throw new UvException(Errno.EPIPE, syscall);
        }
    }

    /** Writes queued requests until the kernel stops taking bytes; finished ones move to completedWrites. */
    private void writeQueued() {
        WriteRequest req;
        while ((req = writeQueue.peek()) != null) {
            if (req.remaining > 0) {
                long n;
                try {
                    n = req.writeTo(channel);
                } catch (IOException | RuntimeException e) {
                    failQueuedWrites(NetErrors.of(e, "write"));
                    return;
                }
                writeQueueSize -= n;
                if (req.remaining > 0) {
                    return; // the kernel's buffer is full: wait until writable
                }
            }
            writeQueue.poll();
            completedWrites.add(req);
        }
    }

    /**
     * A write failed: this request and every one queued after it finish with the error (the socket is
     * broken, so they could not go out either; libuv leaves them for close, which would hang a caller
     * that waits for them).
     */
    private void failQueuedWrites(UvException error) {
        WriteRequest req;
        while ((req = writeQueue.poll()) != null) {
            req.error = error;
            completedWrites.add(req);
        }
        writeQueueSize = 0;
    }

    private void scheduleWriteCallbacks() {
        if (completionsScheduled) {
            return;
        }
        completionsScheduled = true;
        loop().deferToPending(() -> {
            completionsScheduled = false;
            if (!isClosing()) {
                runWriteCallbacks();
            }
        });
    }

    /** Calls back the finished writes, in order; ones finished meanwhile wait for the next round. */
    private void runWriteCallbacks() {
        if (completedWrites.isEmpty()) {
            return;
        }
        ArrayDeque<WriteRequest> batch = completedWrites;
        completedWrites = new ArrayDeque<>();
        try {
            WriteRequest req;
            while ((req = batch.poll()) != null) {
                requestDone();
                if (req.callback != null) {
                    req.callback.done(req.error);
                }
            }
        } finally {
            if (!batch.isEmpty()) { // a callback threw: the rest keep their place, ahead of newer ones
                batch.addAll(completedWrites);
                completedWrites = batch;
                if (!isClosing()) {
                    scheduleWriteCallbacks();
                }
            }
        }
    }

    // ---------------------------------------------------------------- shutdown

    /**
     * Half-closes the stream once the queued writes are out ({@code shutdown(SHUT_WR)}), as
     * {@code uv_shutdown}: the peer reads EOF, this side can still read. Writes are refused from now on
     * (EPIPE). {@code cb} (may be null) gets the shutdown's result: in the next pending phase when no
     * write is queued (libuv feeds the request to the loop), else once the queue is out.
     *
     * @throws UvException ENOTCONN if the stream is not writable, already shut down or closing
     */
    public final void shutdown(StatusCallback cb) {
        checkLoopThread();
        if (isClosing() || channel == null || !writable || shutting || shut) {
            throw new UvException(Errno.ENOTCONN, "shutdown");
        }
        shutting = true;
        writable = false;
        shutdownCallback = cb;
        requestStarted();
        if (writeQueue.isEmpty() && !connecting) {
            // Nothing to wait for: the shutdown happens in the next pending phase, as libuv feeds it.
            loop().deferToPending(() -> {
                if (!isClosing() && writeQueue.isEmpty() && !connecting) {
                    drain();
                }
            });
        } else {
            updateInterest();
        }
    }

    /** The write queue is empty: a requested shutdown happens now. */
    private void drain() {
        if (!shutting) {
            return;
        }
        shutting = false;
        UvException error = null;
        try {
            channel.shutdownOutput();
            shut = true;
        } catch (IOException | RuntimeException e) {
            error = NetErrors.of(e, "shutdown");
        }
        StatusCallback cb = shutdownCallback;
        shutdownCallback = null;
        updateInterest();
        requestDone();
        if (cb != null) {
            cb.done(error);
        }
    }

    // ---------------------------------------------------------------- listening

    /**
     * Starts listening and calls {@code cb} for each incoming connection, which it takes with
     * {@code accept()}; as {@code uv_listen}. Errors of the bind itself (EADDRINUSE...) are reported
     * here, with syscall "listen", as Node reports them.
     *
     * @throws UvException the bind/listen error; EINVAL if the stream is connected or closing
     */
    public final void listen(int backlog, ConnectionCallback cb) {
        checkLoopThread();
        Objects.requireNonNull(cb, "cb");
        checkNotClosing("listen");
        if (listening) {
            connectionCallback = cb;
            return;
        }
        if (channel != null) {
            throw new UvException(Errno.EINVAL, "listen");
        }
        server = openServer(backlog);
        listening = true;
        connectionCallback = cb;
        updateInterest();
        updateActive();
    }

    /** Creates, binds and listens the server socket (subclasses know the address family). */
    abstract ServerSocketChannel openServer(int backlog);

    /** The connection waiting since the last connection callback; EAGAIN if there is none. */
    final SocketChannel takeAccepted() {
        checkLoopThread();
        checkNotClosing("accept");
        SocketChannel ch = acceptedChannel;
        if (ch == null) {
            throw new UvException(Errno.EAGAIN, "accept");
        }
        acceptedChannel = null;
        updateInterest();
        return ch;
    }

    /** Accepts the next waiting connection as a new stream of the same kind, readable and writable. */
    public abstract Stream accept();

    private void acceptConnections() {
        while (listening && !isClosing() && acceptedChannel == null) {
            SocketChannel ch;
            try {
                ch = server.accept();
                if (ch != null) {
                    try {
                        ch.configureBlocking(false); // before any write: the stream never blocks
                    } catch (IOException | RuntimeException e) {
                        closeQuietly(ch);
                        throw e;
                    }
                }
            } catch (IOException | RuntimeException e) {
                UvException error = NetErrors.of(e, "accept");
                if (error.errno() == Errno.ECONNABORTED) {
                    continue;
                }
                connectionCallback.onConnection(error);
                return;
            }
            if (ch == null) {
                return;
            }
            acceptedChannel = ch;
            connectionCallback.onConnection(null);
        }
        updateInterest(); // a connection the callback did not accept pauses accepting
    }

    // ---------------------------------------------------------------- connecting

    /**
     * Starts a non-blocking connect of {@code ch} (fresh, already bound if the caller binds); the result
     * reaches {@code cb} on the loop thread, never inside this call. Errors the connect reports at once
     * are delivered the same way, in the next pending phase.
     */
    final void startConnect(SocketChannel ch, SocketAddress remote, StatusCallback cb) {
        try {
            ch.configureBlocking(false);
        } catch (IOException e) {
            closeQuietly(ch);
            throw NetErrors.of(e, "connect");
        }
        channel = ch;
        readable = true;
        writable = true;
        connecting = true;
        connectCallback = cb;
        requestStarted();
        UvException failure = null;
        boolean connected = false;
        try {
            connected = ch.connect(remote);
        } catch (IOException | RuntimeException e) {
            failure = NetErrors.of(e, "connect");
        }
        UvException error = failure;
        if (error != null) {
            // As libuv: an error the connect reports at once comes in the next pending phase.
            loop().deferToPending(() -> {
                if (connecting && !isClosing()) {
                    completeConnect(error);
                }
            });
        } else {
            // Connected at once (a Unix socket, often) or in progress: either way the result comes
            // from the poll phase when the socket is writable, as in libuv.
            connectedAtOnce = connected;
            updateInterest();
        }
    }

    /** Checks that a connect may start: not closing, not listening, not connected or connecting. */
    final void checkCanConnect() {
        checkNotClosing("connect");
        if (connecting) {
            throw new UvException(Errno.EALREADY, "connect");
        }
        if (channel != null) {
            throw new UvException(Errno.EISCONN, "connect");
        }
        if (listening || server != null) {
            throw new UvException(Errno.EINVAL, "connect");
        }
    }

    private void finishConnect() {
        UvException error = null;
        try {
            if (!channel.finishConnect()) {
                return;
            }
        } catch (IOException | RuntimeException e) {
            error = NetErrors.of(e, "connect");
        }
        completeConnect(error);
    }

    private void completeConnect(UvException error) {
        connecting = false;
        StatusCallback cb = connectCallback;
        connectCallback = null;
        if (error != null) {
            // Nothing can go out on a failed socket: queued writes and a shutdown are cancelled.
            readable = false;
            writable = false;
            reading = false;
            readCallback = null;
            failQueuedWrites(new UvException(Errno.ECANCELED, "write"));
        }
        updateInterest();
        updateActive();
        requestDone();
        cb.done(error);
        if (error != null && !isClosing()) {
            runWriteCallbacks();
            cancelShutdown();
        }
    }

    /** Finishes a shutdown still waiting for the write queue with ECANCELED. */
    private void cancelShutdown() {
        if (!shutting) {
            return;
        }
        shutting = false;
        StatusCallback cb = shutdownCallback;
        shutdownCallback = null;
        requestDone();
        if (cb != null) {
            cb.done(new UvException(Errno.ECANCELED, "shutdown"));
        }
    }

    // ---------------------------------------------------------------- readiness

    /** What the channel is watched for, from the stream's state; registers on first need. */
    private void updateInterest() {
        if (isClosing()) {
            return;
        }
        SelectableChannel ch = listening ? server : channel;
        if (ch == null) {
            return;
        }
        int ops = 0;
        if (listening) {
            if (acceptedChannel == null) {
                ops = SelectionKey.OP_ACCEPT;
            }
        } else if (connecting) {
            ops = connectedAtOnce ? SelectionKey.OP_WRITE : SelectionKey.OP_CONNECT;
        } else if (readable || writable) {
            if (reading) {
                ops |= SelectionKey.OP_READ;
            }
            if (!writeQueue.isEmpty() || shutting) {
                ops |= SelectionKey.OP_WRITE;
            }
        }
        if (registration == null) {
            if (ops != 0) {
                registration = loop().register(ch, ops, this::onReady);
            }
        } else if (registration.interestOps() != ops) {
            registration.interestOps(ops);
        }
    }

    private void updateActive() {
        if (reading || listening) {
            markActive();
        } else {
            markInactive();
        }
    }

    private void onReady(int ops) {
        if (isClosing()) {
            return;
        }
        if (listening) {
            acceptConnections();
            return;
        }
        if (connecting) {
            if (connectedAtOnce) {
                connectedAtOnce = false;
                completeConnect(null);
            } else if ((ops & SelectionKey.OP_CONNECT) != 0) {
                finishConnect();
            }
            return;
        }
        if ((ops & SelectionKey.OP_READ) != 0) {
            readSome();
        }
        if (isClosing()) {
            return;
        }
        if ((ops & SelectionKey.OP_WRITE) != 0) {
            writeQueued();
            runWriteCallbacks();
            if (!isClosing() && writeQueue.isEmpty()) {
                drain();
            }
            updateInterest();
        }
    }

    // ---------------------------------------------------------------- requests and closing

    private void requestStarted() {
        if (outstandingRequests++ == 0) {
            hold = loop().hold();
        }
    }

    private void requestDone() {
        if (--outstandingRequests == 0) {
            hold.release();
            hold = null;
        }
    }

    @Override
    protected final void doClose() {
        reading = false;
        listening = false;
        readCallback = null;
        connectionCallback = null;
        readable = false;
        writable = false;
        if (registration != null) {
            registration.close(); // the registered socket (listening or connected) is released now
            registration = null;
        }
        closeQuietly(channel);
        closeQuietly(server);
        closeQuietly(acceptedChannel);
        acceptedChannel = null;
        failQueuedWrites(new UvException(Errno.ECANCELED, "write"));
        socketsClosed();
    }

    /** Called once the sockets are closed (a pipe server removes its socket file). */
    void socketsClosed() {
    }

    /** libuv's stream destroy: the close phase calls back what the close cancelled, then the close callback. */
    @Override
    protected final void beforeCloseCallback() {
        if (connecting) {
            connecting = false;
            StatusCallback cb = connectCallback;
            connectCallback = null;
            requestDone();
            cb.done(new UvException(Errno.ECANCELED, "connect"));
        }
        runWriteCallbacks();
        cancelShutdown();
    }

    static void closeQuietly(java.io.Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException e) {
            // closing a socket releases it even when close reports an error; nothing to do
        }
    }

    /** One {@code write} call: the caller's buffers (duplicated, so theirs stay untouched) and how far it got. */
    private static final class WriteRequest {
        final ByteBuffer[] buffers;
        final StatusCallback callback;
        int index;
        long remaining;
        UvException error;

        WriteRequest(ByteBuffer[] data, StatusCallback callback) {
            this.callback = callback;
            int count = 0;
            for (ByteBuffer b : data) {
                if (Objects.requireNonNull(b, "buffer").hasRemaining()) {
                    count++;
                }
            }
            buffers = new ByteBuffer[count];
            int i = 0;
            for (ByteBuffer b : data) {
                if (b.hasRemaining()) {
                    buffers[i++] = b.duplicate();
                    remaining += b.remaining();
                }
            }
        }

        /** One gathering write of at most {@value #MAX_BYTES_PER_WRITE} bytes; returns the bytes written. */
        long writeTo(SocketChannel ch) throws IOException {
            while (index < buffers.length && !buffers[index].hasRemaining()) {
                index++;
            }
            int end = index;
            long budget = MAX_BYTES_PER_WRITE;
            ByteBuffer cut = null;
            int cutLimit = 0;
            while (end < buffers.length && end - index < MAX_BUFFERS_PER_WRITE && budget > 0) {
                ByteBuffer b = buffers[end++];
                if (b.remaining() > budget) {
                    cut = b;
                    cutLimit = b.limit();
                    b.limit(b.position() + (int) budget);
                }
                budget -= b.remaining();
            }
            long n;
            try {
                n = ch.write(buffers, index, end - index);
            } finally {
                if (cut != null) {
                    cut.limit(cutLimit);
                }
            }
            remaining -= n;
            return n;
        }
    }
}
