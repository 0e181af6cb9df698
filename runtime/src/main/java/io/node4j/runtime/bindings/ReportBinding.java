package io.node4j.runtime.bindings;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.graalvm.polyglot.HostAccess.Export;

import io.node4j.loop.Async;
import io.node4j.loop.Handle;
import io.node4j.loop.Loop;
import io.node4j.loop.PollHandle;
import io.node4j.loop.Timer;
import io.node4j.loop.UvException;
import io.node4j.loop.Watcher;
import io.node4j.loop.net.Pipe;
import io.node4j.loop.net.SocketAddr;
import io.node4j.loop.net.Stream;
import io.node4j.loop.net.Tcp;
import io.node4j.loop.process.ChildInput;
import io.node4j.loop.process.ChildOutput;
import io.node4j.loop.process.ChildProcess;
import io.node4j.loop.signal.Signal;
import io.node4j.loop.signal.Signals;
import io.node4j.runtime.CommandLine;

/**
 * {@code internalBinding('report')}: what process.report needs that lib/ cannot see itself: the C
 * library's version, the loop's handles, the JVM's memory and stack, this thread's CPU time, the
 * resource limits and the mapped shared objects. lib/internal/process/report.js assembles Node's report.
 *
 * <p>A report object comes as <em>pairs</em>: an array {@code [key, value, key, value...]} whose values
 * are strings, numbers, booleans, null or pairs again (a nested object), so lib/ keeps the key order.
 */
public final class ReportBinding implements Binding {
    private final Loop loop;
    private final List<String> commandLine;

    /** The report's commandLine is {@code execPath} and the command line's words, as they were typed. */
    public ReportBinding(Loop loop, String execPath, CommandLine cmd) {
        this.loop = loop;
        List<String> words = new ArrayList<>();
        words.add(execPath);
        words.addAll(cmd.execArgv());
        if (cmd.script() != null) {
            words.add(cmd.script());
        }
        words.addAll(cmd.scriptArgs());
        this.commandLine = List.copyOf(words);
    }

    @Override
    public String name() {
        return "report";
    }

    // ---------------------------------------------------------------- JS-visible surface

    /** The running glibc's version ("2.36", from gnu_get_libc_version), or null on another C library. */
    @Export
    public String glibcVersion() {
        return Glibc.VERSION;
    }

    @Export
    public List<String> commandLine() {
        return commandLine;
    }

    /**
     * The JVM's memory in the shape of V8's heap statistics: pairs with the totals, then "heapSpaces"
     * (pairs of space name and its pairs). See {@link #heapSpace(String)} for how pools map to spaces.
     */
    @Export
    public Object[] javascriptHeap() {
        JvmHeap.Snapshot m = JvmHeap.take();
        Object[] heapSpaces = new Object[V8_SPACES.length * 2];
        for (int i = 0; i < V8_SPACES.length; i++) {
            long committed = m.spaceCommitted()[i];
            long used = m.spaceUsed()[i];
            heapSpaces[2 * i] = V8_SPACES[i];
            heapSpaces[2 * i + 1] = new Object[] {"memorySize", committed, "committedMemory", committed,
                "capacity", committed, "used", used, "available", Math.max(0, committed - used)};
        }
        return new Object[] {
            "totalMemory", m.heapCommitted(),
            "executableMemory", m.codeCommitted(),
            "totalCommittedMemory", m.heapCommitted(),
            "availableMemory", Math.max(0, m.heapMax() - m.heapUsed()),
            "totalGlobalHandlesMemory", 0,
            "usedGlobalHandlesMemory", 0,
            "usedMemory", m.heapUsed(),
            "memoryLimit", m.heapMax(),
            "mallocedMemory", m.nonHeapUsed(),
            "externalMemory", m.external(),
            "peakMallocedMemory", m.peakNonHeap(),
            "nativeContextCount", 1,
            "detachedContextCount", 0,
            "doesZapGarbage", 0,
            "heapSpaces", heapSpaces,
        };
    }

    /**
     * The Java frames of this thread from this call down, at most {@value #NATIVE_FRAMES}: pairs of
     * "pc" (the frame's bytecode index, the JVM's program counter) and "symbol" (class, method, source).
     */
    @Export
    public Object[] nativeStack() {
        return StackWalker.getInstance().walk(frames -> frames.limit(NATIVE_FRAMES)
                .map(f -> new Object[] {"pc", String.format("0x%016x", Math.max(0, f.getByteCodeIndex())),
                    "symbol", f.toStackTraceElement().toString()})
                .toArray());
    }

    /** [reads, writes] of this process in 512-byte blocks (getrusage's ru_inblock and ru_oublock). */
    @Export
    public double[] processIo() {
        return io(Path.of("/proc/self/io"));
    }

    /**
     * The calling (loop) thread's [user seconds, kernel seconds, reads, writes]: Node's
     * uvthreadResourceUsage. CPU times come from the JVM's thread clock (microsecond precision).
     */
    @Export
    public double[] threadUsage() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
        long user = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadUserTime() : 0;
        double[] io = io(Path.of("/proc/thread-self/io"));
        return new double[] {micros(user) / 1e6, micros(Math.max(0, cpu - user)) / 1e6, io[0], io[1]};
    }

    /**
     * One pairs object per handle of this thread's loop, oldest first, as Node's "libuv" section lists
     * them; {@code excludeNetwork} leaves out the reverse lookup of socket addresses.
     */
    @Export
    public Object[] handles(boolean excludeNetwork) {
        return loop.handles().stream().map(h -> describe(h, excludeNetwork)).toArray();
    }

    /** The loop itself, the last entry of the "libuv" section. */
    @Export
    public Object[] loopState() {
        return new Object[] {"type", "loop", "is_active", loop.isAlive(), "address", address(loop),
            "loopIdleTimeSeconds", loop.metrics().idleTimeNanos() / 1e9};
    }

    /** [key, soft, hard] triples of Node's userLimits from /proc/self/limits; a limit is a number or "unlimited". */
    @Export
    public Object[] userLimits() {
        return userLimits(lines(Path.of("/proc/self/limits")));
    }

    /** The shared objects mapped into this process, in the order of their addresses. */
    @Export
    public List<String> sharedObjects() {
        return sharedObjects(lines(Path.of("/proc/self/maps")));
    }

    // ---------------------------------------------------------------- javascriptHeap

    /** V8's heap spaces, in the order Node's report lists them (see {@link JvmHeap}). */
    static final String[] V8_SPACES = JvmHeap.V8_SPACES;
    private static final int NATIVE_FRAMES = 32;

    static int heapSpace(String pool, MemoryType type) {
        return JvmHeap.heapSpace(pool, type);
    }

    // ---------------------------------------------------------------- libuv

    /** A handle as Node's report shows it: type, state, a stable address, then what its type adds. */
    private static Object[] describe(Handle h, boolean excludeNetwork) {
        List<Object> p = new ArrayList<>(List.of("type", type(h), "is_active", h.isActive(),
                "is_referenced", h.hasRef(), "address", address(h)));
        switch (h) {
            case Timer t -> {
                long due = t.dueIn();
                add(p, "repeat", t.getRepeat(), "firesInMsFromNow", due, "expired", due <= 0);
            }
            case Signal s -> add(p, "signum", s.signum(), "signal", Signals.name(s.signum()));
            case ChildProcess c -> add(p, "pid", c.pid());
            case Stream s -> add(p, "localEndpoint", localEndpoint(s, excludeNetwork),
                    "remoteEndpoint", remoteEndpoint(s, excludeNetwork), "writeQueueSize", s.writeQueueSize(),
                    "readable", s.isReadable(), "writable", s.isWritable());
            case ChildOutput out -> add(p, "localEndpoint", null, "remoteEndpoint", null, "writeQueueSize", 0,
                    "readable", !out.isEnded(), "writable", false);
            case ChildInput in -> add(p, "localEndpoint", null, "remoteEndpoint", null,
                    "writeQueueSize", in.writeQueueSize(), "readable", false, "writable", !in.isClosing());
            default -> {
                // the type and state say all there is
            }
        }
        return p.toArray();
    }

    /** libuv's name for the handle's type; the pipes to a child process are pipes, as in libuv. */
    static String type(Handle h) {
        return switch (h) {
            case Timer _ -> "timer";
            case Async _ -> "async";
            case Watcher w -> w.phase().name().toLowerCase(Locale.ROOT);
            case Signal _ -> "signal";
            case Tcp _ -> "tcp";
            case Pipe _ -> "pipe";
            case ChildOutput _ -> "pipe";
            case ChildInput _ -> "pipe";
            case ChildProcess _ -> "process";
            case PollHandle _ -> "poll";
            default -> "unknown";
        };
    }

    private static void add(List<Object> pairs, Object... more) {
        pairs.addAll(java.util.Arrays.asList(more));
    }

    /** An identity for the object, shown as Node shows a handle's address. */
    private static String address(Object o) {
        return String.format("0x%016x", System.identityHashCode(o));
    }

    private static Object localEndpoint(Stream s, boolean excludeNetwork) {
        try {
            return s instanceof Tcp tcp ? endpoint(tcp.getsockname(), excludeNetwork)
                    : pathOrNull(((Pipe) s).getsockname());
        } catch (UvException e) {
            return null;
        }
    }

    private static Object remoteEndpoint(Stream s, boolean excludeNetwork) {
        try {
            return s instanceof Tcp tcp ? endpoint(tcp.getpeername(), excludeNetwork)
                    : pathOrNull(((Pipe) s).getpeername());
        } catch (UvException e) {
            return null;
        }
    }

    private static String pathOrNull(String path) {
        return path.isEmpty() ? null : path;
    }

    /** {host, ip4|ip6, port}; the host is the address's name by reverse lookup unless excludeNetwork. */
    private static Object[] endpoint(SocketAddr a, boolean excludeNetwork) {
        String ipKey = SocketAddr.IPV4.equals(a.family()) ? "ip4" : "ip6";
        if (excludeNetwork) {
            return new Object[] {ipKey, a.address(), "host", a.address(), "port", a.port()};
        }
        String host;
        try {
            host = InetAddress.getByName(a.address()).getHostName();
        } catch (IOException e) {
            host = a.address();
        }
        return new Object[] {"host", host, ipKey, a.address(), "port", a.port()};
    }

    // ---------------------------------------------------------------- /proc

    /** Node's userLimits keys, each with the label of its line in /proc/PID/limits. */
    private static final String[][] LIMITS = {
        {"core_file_size_blocks", "Max core file size"},
        {"data_seg_size_bytes", "Max data size"},
        {"file_size_blocks", "Max file size"},
        {"max_locked_memory_bytes", "Max locked memory"},
        {"max_memory_size_bytes", "Max resident set"},
        {"open_files", "Max open files"},
        {"stack_size_bytes", "Max stack size"},
        {"cpu_time_seconds", "Max cpu time"},
        {"max_user_processes", "Max processes"},
        {"virtual_memory_bytes", "Max address space"},
    };

    /** [key, soft, hard] for each of Node's limits found in the lines of a /proc limits file. */
    static Object[] userLimits(List<String> lines) {
        List<Object> out = new ArrayList<>();
        for (String[] limit : LIMITS) {
            for (String line : lines) {
                if (line.startsWith(limit[1] + " ")) {
                    String[] f = line.substring(limit[1].length()).strip().split("\\s+");
                    out.add(new Object[] {limit[0], limitValue(f[0]), limitValue(f[1])});
                    break;
                }
            }
        }
        return out.toArray();
    }

    private static Object limitValue(String text) {
        return text.equals("unlimited") ? text : (Object) Double.parseDouble(text);
    }

    /**
     * The shared objects among the lines of a /proc maps file, once each: the kernel's vDSO first,
     * under the name the dynamic linker gives it (as Node lists it), then the files in address order.
     */
    static List<String> sharedObjects(List<String> lines) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        if (lines.stream().anyMatch(line -> line.endsWith(" [vdso]"))) {
            found.add("linux-vdso.so.1");
        }
        for (String line : lines) {
            String[] f = line.strip().split("\\s+", 6);
            if (f.length < 6) {
                continue;
            }
            String path = f[5].endsWith(" (deleted)") ? f[5].substring(0, f[5].length() - 10) : f[5];
            if (path.startsWith("/") && isSharedObject(path.substring(path.lastIndexOf('/') + 1))) {
                found.add(path);
            }
        }
        return List.copyOf(found);
    }

    /** libc.so.6, libjvm.so, ld-linux-x86-64.so.2: ".so" at the end, or followed by a version. */
    private static final java.util.regex.Pattern SHARED_OBJECT = java.util.regex.Pattern.compile(".+\\.so(\\.[0-9]+)*");

    private static boolean isSharedObject(String file) {
        return SHARED_OBJECT.matcher(file).matches();
    }

    /** [read_bytes, write_bytes] of a /proc io file in 512-byte blocks, zeros where it cannot be read. */
    private static double[] io(Path file) {
        double[] blocks = new double[2];
        for (String line : lines(file)) {
            if (line.startsWith("read_bytes:")) {
                blocks[0] = Math.floor(Long.parseLong(line.substring(11).strip()) / 512.0);
            } else if (line.startsWith("write_bytes:")) {
                blocks[1] = Math.floor(Long.parseLong(line.substring(12).strip()) / 512.0);
            }
        }
        return blocks;
    }

    private static long micros(long nanos) {
        return Math.max(0, nanos) / 1000;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** gnu_get_libc_version() through the foreign-function API, looked up once. */
    private static final class Glibc {
        static final String VERSION = load();

        @SuppressWarnings("restricted") // the launcher enables native access for node4j
        private static String load() {
            try {
                Linker linker = Linker.nativeLinker();
                MemorySegment function = linker.defaultLookup().find("gnu_get_libc_version").orElse(null);
                if (function == null) {
                    return null;
                }
                MethodHandle call = linker.downcallHandle(function, FunctionDescriptor.of(ValueLayout.ADDRESS));
                MemorySegment text = (MemorySegment) call.invokeExact();
                return text.reinterpret(64).getString(0);
            } catch (Throwable e) {
                return null;
            }
        }
    }
}
