package io.node4j.runtime.bindings;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Loop;
import io.node4j.runtime.Callbacks;

/**
 * {@code internalBinding('locks')}: the Web Locks of worker_threads' {@code locks}, one registry for
 * every thread of the process. A request that cannot be granted now waits in its name's queue; as in
 * Node it does not keep its thread alive. Whoever releases a lock grants the requests that have become
 * grantable, in queue order, by posting to their loops (a loop that has closed gives the lock back).
 * A thread that ends releases its locks and withdraws its requests. The registry is guarded by its own
 * monitor, held only to change it, never while JS runs.
 */
public final class LocksBinding implements Binding {
    private static final Object LOCK = new Object();
    private static final Map<String, Resource> RESOURCES = new LinkedHashMap<>();
    private static long nextId = 1;

    /** One name's holders and waiting requests. */
    private static final class Resource {
        final List<Entry> held = new ArrayList<>();
        final List<Entry> pending = new ArrayList<>();
    }

    /** A held lock or a waiting request ({@code grant} tells the requester's loop; null once held). */
    private record Entry(long id, String name, boolean shared, String clientId, Runnable grant) {}

    private final Loop loop;
    private final Callbacks callbacks;
    private final String clientId;
    private Value onGrant;

    public LocksBinding(Loop loop, Callbacks callbacks, String clientId) {
        this.loop = loop;
        this.callbacks = callbacks;
        this.clientId = clientId;
    }

    @Override
    public String name() {
        return "locks";
    }

    /** {@code onGrant(id)}: a waiting request of this thread was granted. */
    @Export
    public void setup(Value onGrant) {
        this.onGrant = onGrant;
    }

    /**
     * Requests lock {@code name}. Returns the request's id when granted at once, 0 when not available
     * and {@code ifAvailable}, else minus the id of the queued request (granted later through
     * {@code onGrant}). {@code steal} takes the lock from its holders at once.
     */
    @Export
    public double request(String name, boolean shared, boolean ifAvailable, boolean steal) {
        synchronized (LOCK) {
            Resource r = RESOURCES.computeIfAbsent(name, k -> new Resource());
            long id = nextId++;
            if (steal) {
                r.held.clear();
            }
            if (r.pending.isEmpty() && grantable(r, shared)) {
                r.held.add(new Entry(id, name, shared, clientId, null));
                return id;
            }
            if (ifAvailable) {
                dropIfUnused(name, r);
                return 0;
            }
            r.pending.add(new Entry(id, name, shared, clientId, () -> grant(id)));
            return -id;
        }
    }

    /** Releases a held lock, or withdraws a waiting request (its signal aborted); grants what it can. */
    @Export
    public boolean release(double id) {
        List<Runnable> grants = new ArrayList<>();
        boolean found = false;
        synchronized (LOCK) {
            for (Iterator<Map.Entry<String, Resource>> it = RESOURCES.entrySet().iterator(); it.hasNext();) {
                Resource r = it.next().getValue();
                found |= r.held.removeIf(e -> e.id() == (long) id);
                for (Iterator<Entry> p = r.pending.iterator(); p.hasNext();) {
                    Entry e = p.next();
                    if (e.id() == (long) id) {
                        p.remove();
                        found = true;
                    }
                }
                while (!r.pending.isEmpty() && grantable(r, r.pending.getFirst().shared())) {
                    Entry next = r.pending.removeFirst();
                    r.held.add(next);
                    grants.add(next.grant());
                }
                if (r.held.isEmpty() && r.pending.isEmpty()) {
                    it.remove();
                }
            }
        }
        grants.forEach(Runnable::run);
        return found;
    }

    /** Runs on the releasing thread: the requester's loop calls JS, or the lock goes back. */
    private void grant(long id) {
        try {
            loop.execute(() -> callbacks.invoke(onGrant, (double) id));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            release(id);
        }
    }

    /** The thread is ending: its locks are released and its waiting requests withdrawn. */
    public void close() {
        List<Long> mine = new ArrayList<>();
        synchronized (LOCK) {
            for (Resource r : RESOURCES.values()) {
                for (Entry e : r.held) {
                    if (e.clientId().equals(clientId)) {
                        mine.add(e.id());
                    }
                }
                for (Entry e : r.pending) {
                    if (e.clientId().equals(clientId)) {
                        mine.add(e.id());
                    }
                }
            }
        }
        for (long id : mine) {
            release(id);
        }
    }

    /** [name, mode, clientId] triples: the held locks, then a null, then the pending requests. */
    @Export
    public String[] query() {
        List<String> out = new ArrayList<>();
        synchronized (LOCK) {
            for (Resource r : RESOURCES.values()) {
                for (Entry e : r.held) {
                    out.add(e.name());
                    out.add(e.shared() ? "shared" : "exclusive");
                    out.add(e.clientId());
                }
            }
            out.add(null);
            for (Resource r : RESOURCES.values()) {
                for (Entry e : r.pending) {
                    out.add(e.name());
                    out.add(e.shared() ? "shared" : "exclusive");
                    out.add(e.clientId());
                }
            }
        }
        return out.toArray(new String[0]);
    }

    private static boolean grantable(Resource r, boolean shared) {
        return r.held.isEmpty() || (shared && r.held.stream().allMatch(Entry::shared));
    }

    private static void dropIfUnused(String name, Resource r) {
        if (r.held.isEmpty() && r.pending.isEmpty()) {
            RESOURCES.remove(name);
        }
    }
}
