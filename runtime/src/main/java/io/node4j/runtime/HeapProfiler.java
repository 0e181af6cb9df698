package io.node4j.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.graalvm.polyglot.HostAccess.Export;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.debug.Debugger;
import com.oracle.truffle.api.instrumentation.AllocationEvent;
import com.oracle.truffle.api.instrumentation.AllocationEventFilter;
import com.oracle.truffle.api.instrumentation.AllocationListener;
import com.oracle.truffle.api.instrumentation.EventBinding;
import com.oracle.truffle.api.instrumentation.Instrumenter;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.js.runtime.builtins.JSArrayBufferObject;

/**
 * A sampling heap profiler of one JS thread, writing V8's sampling heap profile JSON (what
 * Worker#startHeapProfile's handle gives). As V8's: about every 512 KiB allocated on the thread (a
 * random, exponentially distributed distance) the object being allocated becomes a sample, filed
 * under the innermost 16 frames of its JS stack; the profile keeps the samples whose object is still
 * reachable when it stops, each counted as its size scaled by the chance of sampling it.
 *
 * <p>GraalJS reports every JS object it creates to Truffle's allocation listeners (strings and other
 * primitives it does not report, so they are never sampled), without a size: a sample's size is the
 * JVM's shallow size of the object (plus an ArrayBuffer's bytes), which is not V8's.
 *
 * <p>Liveness is the JVM's: a sample stays until a collection has found its object unreachable, and
 * G1's young generation can be hundreds of MB, so objects dropped shortly before stop() often remain.
 *
 * <p>The listener is one for the whole engine, attached while at least one profile runs and detached
 * after the last (no cost otherwise, and nothing at start-up). Meanwhile every thread's allocations
 * go through Truffle's allocation reporting, then a map lookup on the thread: allocation-bound code
 * measured up to ~2x slower on the other threads, ~3x on the profiled one (attaching and detaching
 * also deoptimizes compiled code). Truffle lets only instruments attach listeners; node4j borrows the
 * instrumenter of Truffle's built-in debugger instrument (created on first use; no session is
 * started), hence the add-opens of com.oracle.truffle.api.debug in the launcher's arguments.
 */
public final class HeapProfiler {
    /** V8's default sampling interval and stack depth (Node's worker profile uses both). */
    static final long SAMPLE_INTERVAL = 512 * 1024;
    static final int STACK_DEPTH = 16;

    /** The running profiles by thread; the engine-wide listener is attached while this is non-empty. */
    private static final Map<Thread, HeapProfiler> RUNNING = new ConcurrentHashMap<>();
    private static final Object ATTACH_LOCK = new Object();
    private static EventBinding<?> binding;

    private final Thread thread;
    private final Object lock = new Object();
    private final Node root = new Node(1, "(root)", "", -1, -1, 0);
    private final Map<String, Integer> scriptIds = new HashMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private int nextId = 2;
    private int nextOrdinal = 1;
    /** Bytes the thread may still allocate before the next sample; touched only on that thread. */
    private long untilSample = nextDistance();
    private boolean running = true;
    private String result;

    private static final class Node {
        final int id;
        final String functionName;
        final String url;
        final int line;
        final int column;
        final int scriptId;
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(int id, String functionName, String url, int line, int column, int scriptId) {
            this.id = id;
            this.functionName = functionName;
            this.url = url;
            this.line = line;
            this.column = column;
            this.scriptId = scriptId;
        }
    }

    private record Sample(Node node, long size, int ordinal, WeakReference<Object> object) {}

    private HeapProfiler(Thread thread) {
        this.thread = thread;
    }

    /** Profiles the allocations of {@code thread} (a JS thread of the shared engine) until {@link #stop}. */
    public static HeapProfiler start(Thread thread) {
        HeapProfiler profiler = new HeapProfiler(thread);
        synchronized (ATTACH_LOCK) {
            RUNNING.put(thread, profiler);
            if (binding == null) {
                binding = instrumenter().attachAllocationListener(AllocationEventFilter.ANY, new Listener());
            }
        }
        return profiler;
    }

    /** True until stopped or discarded. */
    public boolean isRunning() {
        synchronized (lock) {
            return running;
        }
    }

    /** Ends the profile (later calls return the same) and gives it as V8's JSON; null once discarded. */
    @Export
    public String stop() {
        synchronized (lock) {
            if (running) {
                end();
                result = json();
            }
            return result;
        }
    }

    /** Ends the profile without a result (its thread ended first: Node has no profile to give then). */
    public void discard() {
        synchronized (lock) {
            if (running) {
                end();
                samples.clear();
            }
        }
    }

    /** Holds {@link #lock}. */
    private void end() {
        running = false;
        synchronized (ATTACH_LOCK) {
            RUNNING.remove(thread, this);
            if (RUNNING.isEmpty() && binding != null) {
                binding.dispose();
                binding = null;
            }
        }
    }

    private static Instrumenter instrumenter() {
        Debugger debugger = Debugger.find(Engines.shared());
        try {
            java.lang.reflect.Method get = Debugger.class.getDeclaredMethod("getInstrumenter");
            get.setAccessible(true);
            return (Instrumenter) get.invoke(debugger);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Truffle's debugger instrument has no instrumenter to lend", e);
        }
    }

    private static final class Listener implements AllocationListener {
        @Override
        public void onEnter(AllocationEvent event) {
        }

        @Override
        @TruffleBoundary
        public void onReturnValue(AllocationEvent event) {
            HeapProfiler profiler = RUNNING.get(Thread.currentThread());
            if (profiler != null) {
                profiler.allocated(event.getValue());
            }
        }
    }

    /** On the profiled thread: counts {@code value} toward the next sample, and samples it when due. */
    private void allocated(Object value) {
        long size = sizeOf(value);
        untilSample -= size;
        if (untilSample > 0) {
            return;
        }
        untilSample = nextDistance();
        List<Object[]> frames = new ArrayList<>(STACK_DEPTH);
        Truffle.getRuntime().iterateFrames(frame -> {
            CallTarget target = frame.getCallTarget();
            if (target instanceof RootCallTarget rct) {
                Object[] described = CpuProfiler.describe(rct.getRootNode());
                if (described != null) {
                    frames.add(described);
                }
            }
            return frames.size() < STACK_DEPTH ? null : frames;
        });
        synchronized (lock) {
            if (!running) {
                return;
            }
            Node node = root;
            for (int i = frames.size() - 1; i >= 0; i--) {
                Object[] f = frames.get(i);
                node = child(node, (String) f[0], (String) f[1], (int) f[2], (int) f[3]);
            }
            if (node == root) {
                node = child(root, "(EXTERNAL)", "", -1, -1); // no JS on the stack: an engine or binding object
            }
            samples.add(new Sample(node, scaled(size), nextOrdinal++, new WeakReference<>(value)));
        }
    }

    /** The distance to the next sample: exponential with the interval as mean, as V8 draws it. */
    private static long nextDistance() {
        double u = ThreadLocalRandom.current().nextDouble();
        return Math.max(8, (long) (-Math.log(1 - u) * SAMPLE_INTERVAL));
    }

    /** A sampled object of {@code size} stands for size / P(sampled) bytes of such objects. */
    private static long scaled(long size) {
        return Math.round(size / -Math.expm1(-(double) size / SAMPLE_INTERVAL));
    }

    /** Shallow sizes by class: the object header and fields as HotSpot lays them out (compressed oops). */
    private static final ClassValue<Long> SHALLOW = new ClassValue<>() {
        @Override
        protected Long computeValue(Class<?> type) {
            long size = 12;
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    Class<?> t = f.getType();
                    size += t == long.class || t == double.class ? 8
                            : t == int.class || t == float.class || !t.isPrimitive() ? 4
                            : t == short.class || t == char.class ? 2 : 1;
                }
            }
            return (size + 7) & ~7L;
        }
    };

    private static long sizeOf(Object value) {
        long size = SHALLOW.get(value.getClass());
        if (value instanceof JSArrayBufferObject) {
            InteropLibrary interop = InteropLibrary.getUncached(value);
            try {
                size += interop.hasBufferElements(value) ? interop.getBufferSize(value) : 0;
            } catch (UnsupportedMessageException e) {
                // a detached buffer: nothing behind it
            }
        }
        return size;
    }

    /** Holds {@link #lock}. */
    private Node child(Node parent, String name, String url, int line, int column) {
        String key = name + '\0' + url + '\0' + line + '\0' + column;
        Node node = parent.children.get(key);
        if (node == null) {
            int scriptId = url.isEmpty() ? 0 : scriptIds.computeIfAbsent(url, u -> scriptIds.size() + 1);
            node = new Node(nextId++, name, url, line, column, scriptId);
            parent.children.put(key, node);
        }
        return node;
    }

    /** Holds {@link #lock}. V8's layout: the samples still alive (newest first), then the tree. */
    private String json() {
        Map<Node, Long> selfSizes = new HashMap<>();
        StringBuilder out = new StringBuilder(4096).append("{\"samples\":[");
        boolean first = true;
        for (int i = samples.size() - 1; i >= 0; i--) {
            Sample s = samples.get(i);
            if (s.object().get() == null) {
                continue; // collected since: V8 drops a sample when its object dies
            }
            selfSizes.merge(s.node(), s.size(), Long::sum);
            out.append(first ? "" : ",").append("{\"size\":").append(s.size()).append(",\"nodeId\":")
                    .append(s.node().id).append(",\"ordinal\":").append(s.ordinal()).append('}');
            first = false;
        }
        samples.clear();
        out.append("],\"head\":");
        writeNode(out, root, selfSizes);
        return out.append('}').toString();
    }

    private static void writeNode(StringBuilder out, Node node, Map<Node, Long> selfSizes) {
        out.append("{\"selfSize\":").append(selfSizes.getOrDefault(node, 0L)).append(",\"id\":").append(node.id)
                .append(",\"callFrame\":{\"scriptId\":").append(node.scriptId).append(",\"lineNumber\":")
                .append(node.line).append(",\"columnNumber\":").append(node.column).append(",\"functionName\":");
        CpuProfiler.string(out, node.functionName);
        out.append(",\"url\":");
        CpuProfiler.string(out, node.url);
        out.append("},\"children\":[");
        boolean first = true;
        for (Node c : node.children.values()) {
            if (!first) {
                out.append(',');
            }
            writeNode(out, c, selfSizes);
            first = false;
        }
        out.append("]}");
    }
}
