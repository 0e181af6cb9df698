package io.node4j.runtime.bindings;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.graalvm.polyglot.HostAccess.Export;

import com.sun.management.GarbageCollectionNotificationInfo;

import io.node4j.runtime.Version;

/**
 * {@code internalBinding('v8')}: the figures lib/v8.js reports about the engine, taken from the JVM
 * (the mapping of memory pools to V8 heap spaces is {@link JvmHeap}'s), and the JVM's garbage
 * collections for v8.GCProfiler. Results are flat number arrays; lib/v8.js names the fields.
 */
public final class V8Binding implements Binding {
    /** Collections seen while a GCProfiler runs: filled on the JMX notification thread, drained on the loop. */
    private final ConcurrentLinkedQueue<double[]> collections = new ConcurrentLinkedQueue<>();
    private final List<Registration> registrations = new ArrayList<>();
    private final io.node4j.loop.Loop loop;

    public V8Binding(io.node4j.loop.Loop loop) {
        this.loop = loop;
    }

    @Override
    public String name() {
        return "v8";
    }

    // ---------------------------------------------------------------- JS-visible surface

    /** v8.startCpuProfile(): a profile of this thread until its stop(). */
    @Export
    public io.node4j.runtime.CpuProfiler startCpuProfile() {
        return io.node4j.runtime.CpuProfiler.startHere(loop, io.node4j.runtime.CpuProfiler.DEFAULT_INTERVAL_MICROS);
    }

    /** The 14 fields of v8.getHeapStatistics(), in Node's order. */
    @Export
    public double[] heapStatistics() {
        JvmHeap.Snapshot m = JvmHeap.take();
        return new double[] {
            m.heapCommitted(),                         // total_heap_size
            m.codeCommitted(),                         // total_heap_size_executable
            m.heapCommitted(),                         // total_physical_size
            Math.max(0, m.heapMax() - m.heapUsed()),   // total_available_size
            m.heapUsed(),                              // used_heap_size
            m.heapMax(),                               // heap_size_limit
            m.nonHeapUsed(),                           // malloced_memory
            m.peakNonHeap(),                           // peak_malloced_memory
            0,                                         // does_zap_garbage
            1,                                         // number_of_native_contexts
            0,                                         // number_of_detached_contexts
            0,                                         // total_global_handles_size
            0,                                         // used_global_handles_size
            m.external(),                              // external_memory
        };
    }

    /** The V8 space names, in Node's order. */
    @Export
    public String[] heapSpaceNames() {
        return JvmHeap.V8_SPACES.clone();
    }

    /** Per space: size, used, available, physical size; four numbers per entry of heapSpaceNames(). */
    @Export
    public double[] heapSpaceStatistics() {
        return spaceFigures(JvmHeap.take());
    }

    /**
     * code_and_metadata_size (the code cache in use: the JIT's machine code, JS compiled by Graal
     * among it), bytecode_and_metadata_size (Metaspace in use: the JVM's class metadata and bytecode),
     * external_script_source_size and cpu_profiler_metadata_size (0: not measured, no profiler).
     */
    @Export
    public double[] heapCodeStatistics() {
        JvmHeap.Snapshot m = JvmHeap.take();
        return new double[] {m.codeUsed(), m.metaspaceUsed(), 0, 0};
    }

    /**
     * A number that changes when what compiled code depends on changes: here the node4j version, the
     * Node API it implements and the JVM's runtime version, hashed to an unsigned 32-bit integer.
     */
    @Export
    public double cachedDataVersionTag() {
        String key = Version.NODE4J + "/" + Version.NODE + "/" + Runtime.version();
        return Integer.toUnsignedLong(key.hashCode());
    }

    /** Starts recording the JVM's collections (idempotent while recording). */
    @Export
    public void startGcRecording() {
        if (!registrations.isEmpty()) {
            return;
        }
        collections.clear();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = this::onNotification;
                emitter.addNotificationListener(listener, null, null);
                registrations.add(new Registration(emitter, listener));
            }
        }
    }

    /**
     * Stops recording and returns what was seen: per collection [kind (0 young, 1 full), duration in
     * microseconds, then the 4 figures of each space before, then after].
     */
    @Export
    public double[][] stopGcRecording() {
        for (Registration r : registrations) {
            try {
                r.emitter().removeNotificationListener(r.listener());
            } catch (javax.management.ListenerNotFoundException e) {
                // already gone: nothing to stop
            }
        }
        registrations.clear();
        List<double[]> seen = new ArrayList<>();
        for (double[] c; (c = collections.poll()) != null;) {
            seen.add(c);
        }
        return seen.toArray(new double[0][]);
    }

    // ---------------------------------------------------------------- internals

    private record Registration(NotificationEmitter emitter, NotificationListener listener) {
    }

    /** Runs on the JMX notification thread: it only builds numbers and queues them. */
    private void onNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        boolean young = info.getGcAction().contains("minor");
        double[] before = poolFigures(info.getGcInfo().getMemoryUsageBeforeGc());
        double[] after = poolFigures(info.getGcInfo().getMemoryUsageAfterGc());
        double[] record = new double[2 + before.length + after.length];
        record[0] = young ? 0 : 1;
        record[1] = info.getGcInfo().getDuration() * 1000.0;
        System.arraycopy(before, 0, record, 2, before.length);
        System.arraycopy(after, 0, record, 2 + before.length, after.length);
        collections.add(record);
    }

    /** The four figures per V8 space of the pools' usage reported with a collection. */
    private static double[] poolFigures(Map<String, MemoryUsage> pools) {
        int n = JvmHeap.V8_SPACES.length;
        long[] committed = new long[n];
        long[] used = new long[n];
        for (Map.Entry<String, MemoryUsage> e : pools.entrySet()) {
            int space = JvmHeap.heapSpace(e.getKey(), poolType(e.getKey()));
            if (space >= 0) {
                committed[space] += e.getValue().getCommitted();
                used[space] += e.getValue().getUsed();
            }
        }
        return figures(committed, used);
    }

    private static MemoryType poolType(String name) {
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals(name)) {
                return pool.getType();
            }
        }
        return MemoryType.NON_HEAP;
    }

    private static double[] spaceFigures(JvmHeap.Snapshot m) {
        return figures(m.spaceCommitted(), m.spaceUsed());
    }

    private static double[] figures(long[] committed, long[] used) {
        double[] out = new double[committed.length * 4];
        for (int i = 0; i < committed.length; i++) {
            out[4 * i] = committed[i];
            out[4 * i + 1] = used[i];
            out[4 * i + 2] = Math.max(0, committed[i] - used[i]);
            out[4 * i + 3] = committed[i];
        }
        return out;
    }
}
