package io.node4j.runtime.bindings;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * The JVM's memory read as V8's heap: one mapping of memory pools to V8 heap-space names, shared by
 * process.report ({@link ReportBinding}) and v8.getHeapStatistics/getHeapSpaceStatistics
 * ({@link V8Binding}). docs/compat.md describes the mapping to users.
 */
final class JvmHeap {
    /** V8's heap spaces, in the order Node lists them. */
    static final String[] V8_SPACES = {"read_only_space", "new_space", "old_space", "code_space",
        "shared_space", "trusted_space", "shared_trusted_space", "new_large_object_space",
        "large_object_space", "code_large_object_space", "shared_large_object_space",
        "shared_trusted_large_object_space", "trusted_large_object_space"};
    static final int NEW_SPACE = 1;
    static final int OLD_SPACE = 2;
    static final int CODE_SPACE = 3;
    static final int TRUSTED_SPACE = 5;

    private JvmHeap() {
    }

    /**
     * The figures at one moment. {@code spaceCommitted}/{@code spaceUsed} are indexed like
     * {@link #V8_SPACES}; {@code external} is what the NIO buffer pools (direct and mapped) hold.
     */
    record Snapshot(long heapCommitted, long heapUsed, long heapMax, long nonHeapUsed, long peakNonHeap,
                    long codeCommitted, long codeUsed, long metaspaceUsed, long external,
                    long[] spaceCommitted, long[] spaceUsed) {
    }

    static Snapshot take() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        long[] committed = new long[V8_SPACES.length];
        long[] used = new long[V8_SPACES.length];
        long codeCommitted = 0;
        long codeUsed = 0;
        long peakNonHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            int space = heapSpace(pool.getName(), pool.getType());
            MemoryUsage u = pool.getUsage();
            if (space >= 0 && u != null) {
                committed[space] += u.getCommitted();
                used[space] += u.getUsed();
                if (space == CODE_SPACE) {
                    codeCommitted += u.getCommitted();
                    codeUsed += u.getUsed();
                }
            }
            if (pool.getType() == MemoryType.NON_HEAP && pool.getPeakUsage() != null) {
                peakNonHeap += pool.getPeakUsage().getUsed();
            }
        }
        long external = 0;
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            external += Math.max(0, pool.getMemoryUsed());
        }
        long max = heap.getMax() < 0 ? heap.getCommitted() : heap.getMax();
        return new Snapshot(heap.getCommitted(), heap.getUsed(), max, nonHeap.getUsed(), peakNonHeap,
                codeCommitted, codeUsed, used[TRUSTED_SPACE], external, committed, used);
    }

    /**
     * The V8 space a JVM memory pool stands for, or -1: the young generation (eden, survivor) is
     * new_space, the rest of the Java heap old_space, the code cache code_space, and Metaspace (class
     * metadata and bytecode, which the VM trusts) trusted_space. Compressed Class Space is part of
     * Metaspace's figure, so it is not counted again; the other V8 spaces have no JVM counterpart.
     */
    static int heapSpace(String pool, MemoryType type) {
        if (type == MemoryType.HEAP) {
            return pool.contains("Eden") || pool.contains("Survivor") ? NEW_SPACE : OLD_SPACE;
        }
        if (pool.startsWith("CodeHeap") || pool.equals("CodeCache") || pool.equals("Code Cache")) {
            return CODE_SPACE;
        }
        return pool.equals("Metaspace") ? TRUSTED_SPACE : -1;
    }
}
