package io.node4j.runtime.bindings;

import java.nio.ByteBuffer;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Errno;
import io.node4j.loop.UvException;
import io.node4j.loop.net.Stream;
import io.node4j.runtime.Callbacks;
import io.node4j.runtime.EngineInternals;

/**
 * A loop {@link Stream} as lib/ sees it: the part of Node's LibuvStreamWrap that TCP and pipe handles
 * share (reading, writing, shutdown, close, ref). lib/internal/net/handles.js wraps each in a JS object
 * of Node's shape ({@code TCP}, {@code Pipe}); that object is the resource async_hooks see.
 *
 * <p>Methods return 0 or a negative libuv errno, as Node's handle methods do, and callbacks get one
 * too. Every callback runs through {@link Callbacks} in the async scope of the handle (reads,
 * connections, close) or of the request (connect, write, shutdown), which Node's provider types name;
 * a write or shutdown request is triggered by its stream, and a write that completes at once makes
 * none, as in Node.
 *
 * <h2>Writes</h2>
 * {@link #write} hands the kernel what it takes at once and queues the rest, as Node's StreamBase
 * does (a try-write, then {@code uv_write}); it tells lib/ which of the two happened, because Node
 * completes a write that went out whole synchronously (no callback, no loop turn).
 *
 * <h2>Reads</h2>
 * Data arrives as a Java {@code byte[]} of exactly the bytes read; lib/ turns it into an ArrayBuffer
 * with {@link #arrayBuffer} (no copy), since making one needs a call from JS.
 */
public abstract class StreamWrap {
    /** What {@link #write} returns when the bytes are queued and the callback will come. */
    static final int WRITE_QUEUED = 1;

    final Callbacks callbacks;
    private final Stream stream;
    private AsyncWrapBinding.Scope scope;
    private Callbacks.Bound onRead;
    private String provider;
    private double bytesRead;
    private double bytesWritten;

    StreamWrap(Callbacks callbacks, Stream stream) {
        this.callbacks = callbacks;
        this.stream = stream;
    }

    // ---------------------------------------------------------------- identity

    /**
     * Called once by the JS handle that owns this one, while the JS that makes it runs: the handle's
     * async scope ({@code provider} is Node's type, TCPWRAP, PIPESERVERWRAP...; {@code resource} the
     * JS handle) and its read callback {@code onread(bytes, nread)}. Returns the async id.
     */
    @Export
    public double init(String provider, Value resource, Value onread) {
        this.provider = provider;
        scope = callbacks.capture(provider, resource);
        onRead = new Callbacks.Bound(onread, scope);
        return scope.asyncId();
    }

    /** A callback of this handle (connection, close...), in the handle's async scope. */
    final Callbacks.Bound bindToHandle(Value fn) {
        return new Callbacks.Bound(fn, scope);
    }

    @Export
    public String provider() {
        return provider;
    }

    /**
     * The name process.getActiveResourcesInfo() gives this handle in Node: TCPSocketWrap,
     * TCPServerWrap, PipeWrap (either kind of pipe).
     */
    @Export
    public abstract String resourceName();

    // ---------------------------------------------------------------- reading

    @Export
    public int readStart() {
        try {
            stream.readStart(this::delivered);
            return 0;
        } catch (UvException e) {
            return e.errno().code();
        }
    }

    @Export
    public int readStop() {
        if (stream.isClosing()) {
            return Errno.EBADF.code();
        }
        stream.readStop();
        return 0;
    }

    private void delivered(ByteBuffer data, UvException error) {
        if (error != null) {
            callbacks.invoke(onRead, null, error.errno().code());
            return;
        }
        int n = data.remaining();
        bytesRead += n;
        callbacks.invoke(onRead, data.array(), n);
    }

    /** The ArrayBuffer over the bytes of a read (their array, not a copy). */
    @Export
    public Object arrayBuffer(Object bytes) {
        return EngineInternals.newArrayBuffer((byte[]) bytes);
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes {@code length} bytes of {@code arrayBuffer} from {@code offset} (a Buffer's memory).
     * Returns 0 when every byte went out now ({@code cb} is not called), {@value #WRITE_QUEUED} when
     * some are queued ({@code cb(status)} runs once they are out or failed), or the negative errno of
     * a write that failed now (EPIPE, ECONNRESET, EBADF once closed).
     */
    @Export
    public int writeBuffer(Value arrayBuffer, int offset, int length, Value cb) {
        return write(new ByteBuffer[] {copy(arrayBuffer, offset, length)}, cb);
    }

    /** As {@link #writeBuffer}, for several Uint8Arrays in one gathering write (Node's writev). */
    @Export
    public int writev(Value views, Value cb) {
        ByteBuffer[] buffers = new ByteBuffer[(int) views.getArraySize()];
        for (int i = 0; i < buffers.length; i++) {
            Value view = views.getArrayElement(i);
            buffers[i] = copy(view.getMember("buffer"), view.getMember("byteOffset").asInt(),
                    view.getMember("byteLength").asInt());
        }
        return write(buffers, cb);
    }

    private int write(ByteBuffer[] buffers, Value cb) {
        long total = 0;
        for (ByteBuffer b : buffers) {
            total += b.remaining();
        }
        bytesWritten += total;
        long written = 0;
        try {
            written = stream.tryWrite(buffers);
        } catch (UvException e) {
            if (e.errno() != Errno.EAGAIN) {
                return e.errno().code();
            }
        }
        if (written == total) {
            return 0; // as in Node, a write done at once makes no WRITEWRAP request
        }
        Callbacks.Bound done = callbacks.bind(cb, "WRITEWRAP", scope.asyncId());
        try {
            stream.write(remainder(buffers, written), error -> callbacks.invoke(done, status(error)));
        } catch (UvException e) {
            return e.errno().code();
        }
        return WRITE_QUEUED;
    }

    /** The bytes to write, copied: the queue may hold them past this call, and JS may reuse its memory. */
    private static ByteBuffer copy(Value arrayBuffer, int offset, int length) {
        byte[] bytes = new byte[length];
        if (length > 0) {
            arrayBuffer.readBuffer(offset, bytes, 0, length);
        }
        return ByteBuffer.wrap(bytes);
    }

    /** The buffers after the first {@code skip} bytes (which the kernel took). */
    private static ByteBuffer[] remainder(ByteBuffer[] buffers, long skip) {
        int first = 0;
        while (first < buffers.length && skip >= buffers[first].remaining()) {
            skip -= buffers[first].remaining();
            first++;
        }
        ByteBuffer[] rest = new ByteBuffer[buffers.length - first];
        for (int i = 0; i < rest.length; i++) {
            rest[i] = buffers[first + i];
        }
        if (rest.length > 0 && skip > 0) {
            rest[0] = rest[0].duplicate();
            rest[0].position(rest[0].position() + (int) skip);
        }
        return rest;
    }

    /** Bytes handed to the handle so far (gone out or queued), as Node's {@code handle.bytesWritten}. */
    @Export
    public double bytesWritten() {
        return bytesWritten;
    }

    @Export
    public double bytesRead() {
        return bytesRead;
    }

    /** Bytes queued and not yet taken by the kernel. */
    @Export
    public double writeQueueSize() {
        return stream.isClosing() ? 0 : stream.writeQueueSize();
    }

    // ---------------------------------------------------------------- shutdown and close

    /**
     * Half-closes once the queued writes are out; {@code cb(status)} then. Returns 0, or ENOTCONN
     * when there is nothing to shut down (not connected, already shut down).
     */
    @Export
    public int shutdown(Value cb) {
        Callbacks.Bound done = callbacks.bind(cb, "SHUTDOWNWRAP", scope.asyncId());
        try {
            stream.shutdown(error -> callbacks.invoke(done, status(error)));
            return 0;
        } catch (UvException e) {
            return e.errno().code();
        }
    }

    /** Closes the handle; {@code cb} (may be null) runs in the close phase. A second close does nothing. */
    @Export
    public void close(Value cb) {
        if (stream.isClosing()) {
            return;
        }
        stream.close(closeCallback(cb));
    }

    final Runnable closeCallback(Value cb) {
        if (cb == null || cb.isNull()) {
            return null;
        }
        Callbacks.Bound done = bindToHandle(cb);
        return () -> callbacks.invoke(done);
    }

    @Export
    public void ref() {
        if (!stream.isClosing()) {
            stream.ref();
        }
    }

    @Export
    public void unref() {
        if (!stream.isClosing()) {
            stream.unref();
        }
    }

    @Export
    public boolean hasRef() {
        return !stream.isClosing() && stream.hasRef();
    }

    /** Whether the handle keeps the loop alive now (reading or listening, and ref'd). */
    @Export
    public boolean isActive() {
        return stream.isActive() && stream.hasRef();
    }

    static int status(UvException error) {
        return error == null ? 0 : error.errno().code();
    }
}
