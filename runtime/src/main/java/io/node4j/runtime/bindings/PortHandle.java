package io.node4j.runtime.bindings;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Async;
import io.node4j.loop.Loop;
import io.node4j.runtime.Callbacks;

/**
 * The loop side of a {@link PortEndpoint} in one Context: Node's MessagePort handle. An {@link Async}
 * on the owning loop is signalled by senders on any thread; its callback hands each queued message to
 * JS as its own callback from the loop (nextTicks and promise jobs run between messages, as in Node).
 * Starting (delivering) and ref'ing are separate, as in Node: a new port is unref'd, lib/ refs it
 * with its first 'message' listener (and unrefs it with the last), start() alone keeps nothing alive,
 * and a port ref()'d without listeners keeps the loop alive all the same.
 */
public final class PortHandle implements PortEndpoint.Receiver {
    private final PortEndpoint endpoint;
    private final Callbacks callbacks;
    private final Loop loop;
    private final Async async;
    /** Bound to the port's async scope: made with the port, as Node's MessagePort handle. */
    private final Callbacks.Bound onMessage;
    private Value owner;
    private boolean started;
    private boolean refed;
    private boolean closed;
    private boolean keepOpenWhenPeerCloses;

    PortHandle(Loop loop, Callbacks callbacks, Value onMessage, PortEndpoint endpoint) {
        this.loop = loop;
        this.endpoint = endpoint;
        this.callbacks = callbacks;
        this.onMessage = callbacks.bindHandle(onMessage, "MESSAGEPORT");
        this.async = new Async(loop, this::drain);
        async.unref();
        endpoint.attach(this);
    }

    @Override
    public void signal() {
        async.send();
    }

    /** The JS object messages are delivered to: {@code onMessage(owner, kind, data, objects)}. */
    @Export
    public void setOwner(Value owner) {
        this.owner = owner;
    }

    @Export
    public void post(String data, Value objects) {
        endpoint.post(new Message(Message.MESSAGE, data, hostObjects(objects)));
    }

    /** Delivers messages from now on (and the ones already queued). */
    @Export
    public void start() {
        if (closed) {
            return;
        }
        started = true;
        updateRef();
        if (endpoint.hasMessages() || endpoint.isClosed()) {
            async.send();
        }
    }

    @Export
    public void stop() {
        started = false;
        updateRef();
    }

    @Export
    public void ref() {
        refed = true;
        updateRef();
    }

    @Export
    public void unref() {
        refed = false;
        updateRef();
    }

    /** Ref'd, and not closed yet (a closing port still counts until its close is done, as in Node). */
    @Export
    public boolean hasRef() {
        return refed && !async.isClosed();
    }

    /** Takes one message now (receiveMessageOnPort): [data, objects], or null when none waits. */
    @Export
    public Object[] receive() {
        Message m = endpoint.poll();
        return m == null ? null : new Object[] {m.data(), m.objects()};
    }

    /**
     * Closes the channel. This end's 'close' comes in this iteration's close phase (a handle's close
     * callback, as in Node); the other end first receives what was sent to it, then closes the same
     * way one iteration later.
     */
    @Export
    public void close() {
        endpoint.close();
        closeHandle(true);
    }

    /** Takes the endpoint out of this Context (to transfer it); this handle is done. */
    @Export
    public PortEndpoint detach() {
        endpoint.attach(null);
        closeHandle(false);
        return endpoint;
    }

    /** For a worker's handle in its parent: the channel's close does not close the handle. */
    void keepOpenWhenPeerCloses() {
        keepOpenWhenPeerCloses = true;
    }

    @Export
    public boolean isClosed() {
        return closed;
    }

    private void updateRef() {
        if (closed) {
            return;
        }
        if (refed) {
            async.ref();
        } else {
            async.unref();
        }
    }

    private void drain() {
        while (started && !closed) {
            Message m = endpoint.poll();
            if (m == null) {
                break;
            }
            callbacks.invoke(onMessage, owner, m.kind(), m.data(), m.objects());
        }
        if (!closed && !keepOpenWhenPeerCloses && endpoint.isClosed() && !endpoint.hasMessages()) {
            // The peer closed: this end closes at the end of this iteration (a 0 ms timer), so its
            // 'close' comes after the closing end's, which came in this iteration's close phase.
            closed = true;
            io.node4j.loop.Timer later = new io.node4j.loop.Timer(loop);
            later.start(() -> {
                later.close(null);
                closed = false;
                closeHandle(true);
            }, 0, 0);
        }
    }

    private void closeHandle(boolean emitClose) {
        if (!closed) {
            closed = true;
            if (!async.isClosing()) {
                async.close(emitClose ? () -> callbacks.invoke(onMessage, owner, Message.CLOSE, null, null) : null);
            }
        }
    }

    /** The host objects of a JS array (byte[], shared memory, endpoints) as a Java array. */
    static Object[] hostObjects(Value array) {
        if (array == null || array.isNull()) {
            return new Object[0];
        }
        Object[] out = new Object[(int) array.getArraySize()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.getArrayElement(i).asHostObject();
        }
        return out;
    }
}
