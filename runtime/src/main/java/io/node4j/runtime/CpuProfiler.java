package io.node4j.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.HostAccess.Export;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.LanguageInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.js.runtime.JSRealm;

import io.node4j.loop.Loop;

/**
 * A sampling CPU profiler of one JS thread, writing V8's .cpuprofile format (what v8.startCpuProfile and
 * Worker#startCpuProfile return). Every interval a thread-local action is submitted to the thread; at
 * its next safepoint the thread records its JS stack (outermost frame first) as a path in the call tree.
 * A sample that could not be taken within the interval is counted as V8 counts time without JS:
 * "(idle)" while the thread's loop waits for I/O, "(program)" otherwise (Java code of a binding).
 */
public final class CpuProfiler {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "node4j-cpu-profiler");
        t.setDaemon(true);
        return t;
    });
    /** V8's default sampling interval (Node's --cpu-prof-interval). */
    public static final long DEFAULT_INTERVAL_MICROS = 1000;

    private final TruffleLanguage.Env env;
    private final Thread thread;
    private final Loop loop;
    private final Object lock = new Object();
    private final Node root = new Node(1, "(root)", "", -1, -1, 0);
    private final Map<String, Integer> scriptIds = new HashMap<>();
    private final List<Integer> samples = new ArrayList<>();
    private final List<Long> times = new ArrayList<>();
    private final long startMicros;
    private long endMicros;
    private int nextId = 2;
    private boolean running = true;
    private String result;
    /** The sampling action submitted and not yet performed, or null. */
    private Future<Void> pending;
    private boolean performed;
    private final ScheduledFuture<?> ticker;

    private static final class Node {
        final int id;
        final String functionName;
        final String url;
        final int line;
        final int column;
        final int scriptId;
        int hits;
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

    private CpuProfiler(TruffleLanguage.Env env, Thread thread, Loop loop, long intervalMicros) {
        this.env = env;
        this.thread = thread;
        this.loop = loop;
        this.startMicros = System.nanoTime() / 1000;
        long interval = Math.max(1, intervalMicros);
        this.ticker = TIMER.scheduleAtFixedRate(this::tick, interval, interval, TimeUnit.MICROSECONDS);
    }

    /** Profiles the calling JS thread (inside its Context), whose loop is {@code loop}. */
    public static CpuProfiler startHere(Loop loop, long intervalMicros) {
        return new CpuProfiler(JSRealm.getMain(null).getEnv(), Thread.currentThread(), loop, intervalMicros);
    }

    /** Profiles {@code thread}, whose Context's environment is {@code env} (see {@link #environment()}). */
    public static CpuProfiler start(Object env, Thread thread, Loop loop, long intervalMicros) {
        return new CpuProfiler((TruffleLanguage.Env) env, thread, loop, intervalMicros);
    }

    /** The calling thread's Context environment, to profile its thread later from another one. */
    public static Object environment() {
        return JSRealm.getMain(null).getEnv();
    }

    /** Ends the profile (later calls return the same) and gives it as V8's JSON. */
    @Export
    public String stop() {
        synchronized (lock) {
            end();
            if (result == null) {
                result = json(false);
            }
            return result;
        }
    }

    /**
     * Ends the profile and gives it as the inspector protocol writes it (Node's --cpu-prof files): the
     * same content, with a node's callFrame before its hitCount and scriptIds as strings.
     */
    public String stopForFile() {
        synchronized (lock) {
            end();
            return json(true);
        }
    }

    /** Holds {@link #lock}. */
    private void end() {
        if (running) {
            running = false;
            ticker.cancel(false);
            cancelPending();
            endMicros = System.nanoTime() / 1000;
        }
    }

    private void tick() {
        synchronized (lock) {
            if (!running) {
                return;
            }
            if (loop != null && loop.isPolling()) {
                // Waiting for I/O or a timer: V8 counts that as idle time.
                cancelPending();
                record(child(root, "(idle)", "", -1, -1, 0));
                return;
            }
            if (pending != null && !performed) {
                // No safepoint for a whole interval: the thread is in Java code (a binding), not in JS.
                cancelPending();
                record(child(root, "(program)", "", -1, -1, 0));
            }
            if (!thread.isAlive()) {
                ticker.cancel(false); // a worker that ended: its profile stays as it was
                return;
            }
            if (pending != null) {
                return;
            }
            performed = false;
            try {
                pending = env.submitThreadLocal(new Thread[] {thread}, new ThreadLocalAction(false, false) {
                    @Override
                    protected void perform(Access access) {
                        sample();
                    }
                });
            } catch (IllegalStateException closed) {
                pending = null; // the Context is closing: nothing more to sample
            }
        }
    }

    /** Holds {@link #lock}. */
    private void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    /** On the profiled thread, at a safepoint: its JS stack becomes one sample. */
    private void sample() {
        List<Object[]> frames = new ArrayList<>();
        Truffle.getRuntime().iterateFrames(frame -> {
            CallTarget target = frame.getCallTarget();
            if (target instanceof RootCallTarget rct) {
                Object[] described = describe(rct.getRootNode());
                if (described != null) {
                    frames.add(described);
                }
            }
            return null;
        });
        synchronized (lock) {
            performed = true;
            pending = null;
            if (!running) {
                return;
            }
            Node node = root;
            for (int i = frames.size() - 1; i >= 0; i--) {
                Object[] f = frames.get(i);
                node = child(node, (String) f[0], (String) f[1], (int) f[2], (int) f[3], -1);
            }
            record(node == root ? child(root, "(program)", "", -1, -1, 0) : node);
        }
    }

    /** [name, url, line, column] of a JS function's root, or null for anything that is not user-visible JS. */
    static Object[] describe(RootNode root) {
        LanguageInfo language = root.getLanguageInfo();
        if (language == null || !"js".equals(language.getId())) {
            return null;
        }
        SourceSection section = root.getSourceSection();
        if (section == null || !section.isAvailable()) {
            return null;
        }
        Source source = section.getSource();
        String name = root.getName();
        boolean topLevel = name == null || name.startsWith(":");
        if (topLevel) {
            name = ""; // a script's or module's top level
        }
        String file = source.getName();
        String url = file.startsWith("/") ? "file://" + file : file;
        int start = topLevel ? section.getCharIndex() : parametersStart(section);
        return new Object[] {name, url, source.getLineNumber(start) - 1, source.getColumnNumber(start) - 1};
    }

    /**
     * Where V8 places a function: at its parameter list's "(", where GraalJS's section begins with the
     * "function" keyword or a method's name; an arrow function's section already begins at its
     * parameters (a lone one without parentheses too: its "=>" comes before any "(").
     */
    private static int parametersStart(SourceSection section) {
        CharSequence text = section.getCharacters();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                return section.getCharIndex() + i;
            }
            if (c == '{' || c == '=') {
                break; // a class, or an arrow's lone parameter
            }
        }
        return section.getCharIndex();
    }

    /** Holds {@link #lock}. */
    private Node child(Node parent, String name, String url, int line, int column, int scriptId) {
        String key = name + '\0' + url + '\0' + line + '\0' + column;
        Node node = parent.children.get(key);
        if (node == null) {
            int id = scriptId >= 0 ? scriptId : url.isEmpty() ? 0 : scriptIds.computeIfAbsent(url, u -> scriptIds.size() + 1);
            node = new Node(nextId++, name, url, line, column, id);
            parent.children.put(key, node);
        }
        return node;
    }

    /** Holds {@link #lock}. */
    private void record(Node node) {
        node.hits++;
        samples.add(node.id);
        times.add(System.nanoTime() / 1000);
    }

    /** Holds {@link #lock}. V8's layout: nodes depth first, then the times, samples and deltas. */
    private String json(boolean inspector) {
        StringBuilder out = new StringBuilder(4096).append("{\"nodes\":[");
        writeNode(out, root, true, inspector);
        out.append("],\"startTime\":").append(startMicros).append(",\"endTime\":").append(endMicros);
        out.append(",\"samples\":[");
        for (int i = 0; i < samples.size(); i++) {
            out.append(i == 0 ? "" : ",").append(samples.get(i));
        }
        out.append("],\"timeDeltas\":[");
        long previous = startMicros;
        for (int i = 0; i < times.size(); i++) {
            out.append(i == 0 ? "" : ",").append(times.get(i) - previous);
            previous = times.get(i);
        }
        return out.append("]}").toString();
    }

    private static void writeNode(StringBuilder out, Node node, boolean first, boolean inspector) {
        if (!first) {
            out.append(',');
        }
        out.append("{\"id\":").append(node.id);
        if (!inspector) {
            out.append(",\"hitCount\":").append(node.hits);
        }
        out.append(",\"callFrame\":{\"functionName\":");
        string(out, node.functionName);
        if (inspector) {
            out.append(",\"scriptId\":\"").append(node.scriptId).append("\",\"url\":");
            string(out, node.url);
            out.append(",\"lineNumber\":").append(node.line).append(",\"columnNumber\":").append(node.column);
            out.append("},\"hitCount\":").append(node.hits);
        } else {
            out.append(",\"lineNumber\":").append(node.line).append(",\"columnNumber\":").append(node.column)
                    .append(",\"scriptId\":").append(node.scriptId).append(",\"url\":");
            string(out, node.url);
            out.append('}');
        }
        if (!node.children.isEmpty()) {
            out.append(",\"children\":[");
            boolean firstChild = true;
            for (Node c : node.children.values()) {
                out.append(firstChild ? "" : ",").append(c.id);
                firstChild = false;
            }
            out.append(']');
        }
        out.append('}');
        for (Node c : node.children.values()) {
            writeNode(out, c, false, inspector);
        }
    }

    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
