package io.node4j.runtime.bindings;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One end of a message channel, shared by threads: Node's MessagePortData. It holds the messages sent
 * to it until the Context that owns it takes them, and survives being transferred to another
 * Context (only its {@link Receiver} changes).
 *
 * <p>Thread rules: {@link #post}, {@link #close} and {@link #poll} may be called from any thread. The
 * inbox is a lock-free queue; a sender adds, then signals the current receiver (read once, volatile).
 * A receiver installed later checks the inbox itself ({@link #attach}), so no message waits unseen.
 */
public final class PortEndpoint {
    /** The loop side of an endpoint: told from any thread that messages (or the close) arrived. */
    public interface Receiver {
        void signal();
    }

    private final Queue<Message> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile PortEndpoint peer;
    private volatile Receiver receiver;
    /** For BroadcastChannel: the group this endpoint belongs to, else null. */
    final String broadcastName;

    PortEndpoint(String broadcastName) {
        this.broadcastName = broadcastName;
    }

    /** Two entangled endpoints (a MessageChannel). */
    public static PortEndpoint[] pair() {
        PortEndpoint a = new PortEndpoint(null);
        PortEndpoint b = new PortEndpoint(null);
        a.peer = b;
        b.peer = a;
        return new PortEndpoint[] {a, b};
    }

    /** Sends to the other end; dropped when the channel is closed (as Node drops them). */
    public void post(Message message) {
        if (broadcastName != null) {
            Broadcasts.post(this, message);
            return;
        }
        PortEndpoint p = peer;
        if (p != null && !closed.get()) {
            p.deliver(message);
        }
    }

    /** Adds to this end's inbox (also how a worker's thread reports stdout, errors and its exit). */
    public void deliver(Message message) {
        inbox.add(message);
        Receiver r = receiver;
        if (r != null) {
            r.signal();
        }
    }

    public Message poll() {
        return inbox.poll();
    }

    public boolean hasMessages() {
        return !inbox.isEmpty();
    }

    /** Closes both ends: each receiver is signalled and sees {@link #isClosed()} after its messages. */
    public void close() {
        closeOne();
        PortEndpoint p = peer;
        if (p != null) {
            p.closeOne();
        }
        if (broadcastName != null) {
            Broadcasts.leave(this);
        }
    }

    private void closeOne() {
        if (closed.compareAndSet(false, true)) {
            Receiver r = receiver;
            if (r != null) {
                r.signal();
            }
        }
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Installs the loop side that now owns this end (null when it is being transferred). */
    void attach(Receiver r) {
        receiver = r;
        if (r != null && (!inbox.isEmpty() || closed.get())) {
            r.signal();
        }
    }

    /** BroadcastChannel groups: every endpoint of a name, in any Context of the process. */
    static final class Broadcasts {
        private static final java.util.Map<String, java.util.Set<PortEndpoint>> GROUPS =
                new java.util.concurrent.ConcurrentHashMap<>();

        private Broadcasts() {}

        static PortEndpoint join(String name) {
            PortEndpoint e = new PortEndpoint(name);
            GROUPS.computeIfAbsent(name, k -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(e);
            return e;
        }

        static void leave(PortEndpoint e) {
            GROUPS.computeIfPresent(e.broadcastName, (k, set) -> {
                set.remove(e);
                return set.isEmpty() ? null : set;
            });
        }

        private static Message copyBytes(Message m) {
            Object[] objects = m.objects().clone();
            for (int i = 0; i < objects.length; i++) {
                if (objects[i] instanceof byte[] bytes) {
                    objects[i] = bytes.clone();
                }
            }
            return new Message(m.kind(), m.data(), objects);
        }

        static void post(PortEndpoint from, Message message) {
            if (from.closed.get()) {
                return;
            }
            java.util.Set<PortEndpoint> set = GROUPS.get(from.broadcastName);
            if (set == null) {
                return;
            }
            boolean first = true;
            for (PortEndpoint e : set) {
                if (e != from && !e.closed.get()) {
                    // Each receiver wraps the bytes it gets as its own ArrayBuffer: one copy each.
                    e.deliver(first ? message : copyBytes(message));
                    first = false;
                }
            }
        }
    }
}
