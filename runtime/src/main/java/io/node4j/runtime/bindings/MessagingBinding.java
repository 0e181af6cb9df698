package io.node4j.runtime.bindings;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Loop;
import io.node4j.runtime.Callbacks;
import io.node4j.runtime.EngineInternals;

/**
 * {@code internalBinding('messaging')}: message ports and channels between Contexts (MessageChannel,
 * BroadcastChannel, transferred ports), and the engine services structured clone needs to move data
 * between Contexts (array buffer bytes, shared memory). The clone itself is lib/'s
 * (internal/worker/clone.js); this binding only carries its result.
 */
public final class MessagingBinding implements Binding {
    private final Loop loop;
    private final Callbacks callbacks;
    private Value onMessage;

    public MessagingBinding(Loop loop, Callbacks callbacks) {
        this.loop = loop;
        this.callbacks = callbacks;
    }

    @Override
    public String name() {
        return "messaging";
    }

    /** {@code onMessage(port, kind, data, objects)}: how every port of this Context delivers. */
    @Export
    public void setup(Value onMessage) {
        this.onMessage = onMessage;
    }

    /** A new MessageChannel: its two port handles. */
    @Export
    public PortHandle[] channel() {
        PortEndpoint[] ends = PortEndpoint.pair();
        return new PortHandle[] {attach(ends[0]), attach(ends[1])};
    }

    /** A BroadcastChannel member of {@code name}. */
    @Export
    public PortHandle broadcast(String name) {
        return attach(PortEndpoint.Broadcasts.join(name));
    }

    /** A transferred port's endpoint, now owned by this Context. */
    @Export
    public PortHandle attach(Object endpoint) {
        return new PortHandle(loop, callbacks, onMessage, (PortEndpoint) endpoint);
    }

    @Export
    public boolean isEndpoint(Value v) {
        return v.isHostObject() && v.asHostObject() instanceof PortEndpoint;
    }

    // Engine services for structured clone.

    @Export
    public boolean isSharedArrayBuffer(Value v) {
        return EngineInternals.isSharedArrayBuffer(v);
    }

    @Export
    public Object sharedMemory(Value sharedArrayBuffer) {
        return EngineInternals.sharedMemory(sharedArrayBuffer);
    }

    @Export
    public Object openSharedMemory(Object memory) {
        return EngineInternals.openSharedMemory((EngineInternals.SharedMemory) memory);
    }

    /** The bytes of an ArrayBuffer (copied; taken without copying when {@code take}, for a transfer). */
    @Export
    public byte[] bytes(Value arrayBuffer, boolean take) {
        return EngineInternals.arrayBufferBytes(arrayBuffer, take);
    }

    @Export
    public Object newArrayBuffer(Object bytes) {
        return EngineInternals.newArrayBuffer((byte[]) bytes);
    }
}
