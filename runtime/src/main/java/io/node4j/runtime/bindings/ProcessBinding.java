package io.node4j.runtime.bindings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.graalvm.polyglot.HostAccess.Export;

import io.node4j.loop.Errno;
import io.node4j.loop.UvException;
import io.node4j.loop.process.OwnProcess;

/** {@code internalBinding('process')}: the facts of this process and its standard output streams. */
public final class ProcessBinding implements Binding {
    // JS-visible surface
    @Export public final String execPath;
    @Export public final List<String> argv;
    @Export public final List<String> execArgv;
    @Export public final String version;
    @Export public final String node4jVersion;
    @Export public final long pid = ProcessHandle.current().pid();
    @Export public final long ppid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    @Export public final String engineVersion = org.graalvm.polyglot.Engine.class.getPackage()
            .getImplementationVersion() == null ? "25.0.1"
            : org.graalvm.polyglot.Engine.class.getPackage().getImplementationVersion();
    @Export public final String platform = "linux";
    @Export public final String arch;

    private final OutputStream stdout;
    private final OutputStream stderr;
    private final java.util.function.IntConsumer exitHandler;
    private final java.util.Map<String, String> env;
    private final long startNanos = System.nanoTime();
    private String cwd;
    private SharedEnv sharedEnv;

    public ProcessBinding(String execPath, List<String> argv, List<String> execArgv, String version,
                          String node4jVersion, String cwd, OutputStream stdout, OutputStream stderr,
                          java.util.Map<String, String> env, java.util.function.IntConsumer exitHandler) {
        this.exitHandler = exitHandler;
        this.env = env;
        this.execPath = execPath;
        this.argv = List.copyOf(argv);
        this.execArgv = List.copyOf(execArgv);
        this.version = version;
        this.node4jVersion = node4jVersion;
        this.cwd = cwd;
        this.stdout = stdout;
        this.stderr = stderr;
        this.arch = nodeArch(System.getProperty("os.arch"));
    }

    @Override
    public String name() {
        return "process";
    }

    /**
     * Writes a string to fd 1 or 2 as UTF-8, synchronously (Node's behaviour for files and pipes).
     * Returns null, or what failed (a reader that closed its pipe: EPIPE) for the stream's 'error'.
     */
    @Export
    public ErrorReport writeString(int fd, String text) {
        return write(fd, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code length} bytes of an ArrayBuffer from {@code offset} to fd 1 or 2, as writeString. */
    @Export
    public ErrorReport writeBytes(int fd, org.graalvm.polyglot.Value arrayBuffer, int offset, int length) {
        byte[] bytes = new byte[length];
        arrayBuffer.readBuffer(offset, bytes, 0, length);
        return write(fd, bytes);
    }

    private ErrorReport write(int fd, byte[] bytes) {
        OutputStream out = switch (fd) {
            case 1 -> stdout;
            case 2 -> stderr;
            default -> throw new IllegalArgumentException("not a standard output fd: " + fd);
        };
        try {
            out.write(bytes);
            out.flush();
            return null;
        } catch (IOException e) {
            // The JDK reports write(2)'s errno only as strerror's text.
            String text = String.valueOf(e.getMessage());
            Errno errno = text.contains("Broken pipe") ? Errno.EPIPE
                    : text.contains("No space left") ? Errno.ENOSPC
                    : text.contains("Resource temporarily unavailable") ? Errno.EAGAIN
                    : Errno.EIO;
            return ErrorReport.of(new UvException(errno, "write"));
        }
    }

    /** The global gc() of --expose-gc: asks the JVM for a full collection. */
    @Export
    public void gc() {
        System.gc();
    }

    /** The environment shared with workers (SHARE_ENV), or null while process.env is this thread's own. */
    @Export
    public SharedEnv sharedEnv() {
        return sharedEnv;
    }

    /** Makes process.env use {@code env} (a worker started with SHARE_ENV, or its parent). */
    @Export
    public SharedEnv shareEnv() {
        if (sharedEnv == null) {
            sharedEnv = new SharedEnv();
        }
        return sharedEnv;
    }

    public void useSharedEnv(SharedEnv env) {
        sharedEnv = env;
    }

    @Export
    public String cwd() {
        return cwd;
    }

    /** The working directory is the instance's own (several instances share a JVM in the tests). */
    @Export
    public ErrorReport chdir(String directory) {
        java.nio.file.Path target = java.nio.file.Path.of(cwd).resolve(directory).normalize();
        if (!java.nio.file.Files.exists(target)) {
            return ErrorReport.of(new io.node4j.loop.UvException(io.node4j.loop.Errno.ENOENT, "chdir", cwd,
                    directory));
        }
        if (!java.nio.file.Files.isDirectory(target)) {
            return ErrorReport.of(new io.node4j.loop.UvException(io.node4j.loop.Errno.ENOTDIR, "chdir", cwd,
                    directory));
        }
        cwd = target.toString();
        return null;
    }

    /** The environment as [key, value, key, value...]. */
    @Export
    public String[] env() {
        String[] pairs = new String[env.size() * 2];
        int i = 0;
        for (var e : env.entrySet()) {
            pairs[i++] = e.getKey();
            pairs[i++] = e.getValue();
        }
        return pairs;
    }

    /** Monotonic nanoseconds (process.hrtime). */
    @Export
    public double hrtime() {
        return System.nanoTime();
    }

    /** Seconds since this instance started. */
    @Export
    public double uptime() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * [user µs, system µs, maxRSS KiB, minor faults, major faults, voluntary and involuntary context
     * switches] of this process, from /proc (getrusage's figures as Linux keeps them).
     */
    @Export
    public double[] resourceUsage() {
        double[] r = new double[7];
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            // Fields after the parenthesised command name; see proc(5).
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double usPerTick = 1_000_000.0 / 100;
            r[0] = Long.parseLong(f[11]) * usPerTick;
            r[1] = Long.parseLong(f[12]) * usPerTick;
            r[3] = Long.parseLong(f[7]);
            r[4] = Long.parseLong(f[9]);
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    r[2] = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("voluntary_ctxt_switches:")) {
                    r[5] = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                    r[6] = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // leave zeros: /proc is Linux's, and node4j targets Linux
        }
        return r;
    }

    /** [uid, euid, gid, egid] from /proc/self/status. */
    @Export
    public double[] ids() {
        double[] ids = new double[4];
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                String[] f = line.split("\\s+");
                if (line.startsWith("Uid:")) {
                    ids[0] = Long.parseLong(f[1]);
                    ids[1] = Long.parseLong(f[2]);
                } else if (line.startsWith("Gid:")) {
                    ids[2] = Long.parseLong(f[1]);
                    ids[3] = Long.parseLong(f[2]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // leave zeros
        }
        return ids;
    }

    /** Supplementary group ids, from /proc/self/status. */
    @Export
    public double[] groups() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("Groups:")) {
                    String rest = line.substring(7).strip();
                    return rest.isEmpty() ? new double[0]
                            : java.util.Arrays.stream(rest.split("\\s+")).mapToDouble(Double::parseDouble).toArray();
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return new double[0];
    }

    // ---------------------------------------------------------------- the process itself

    /** umask(2): sets the mask and returns the previous one; a negative mask only reads it. */
    @Export
    public int umask(int mask) {
        return mask < 0 ? OwnProcess.currentUmask() : OwnProcess.umask(mask);
    }

    /**
     * setuid, setgid, seteuid or setegid ({@code call}) with a numeric id: 0, or a negative errno.
     */
    @Export
    public int setId(String call, double id) {
        int value = (int) (long) id;
        return switch (call) {
            case "setuid" -> OwnProcess.setuid(value);
            case "setgid" -> OwnProcess.setgid(value);
            case "seteuid" -> OwnProcess.seteuid(value);
            case "setegid" -> OwnProcess.setegid(value);
            default -> throw new IllegalArgumentException(call);
        };
    }

    /** setgroups(2): 0, or a negative errno. */
    @Export
    public int setgroups(org.graalvm.polyglot.Value groups) {
        int[] ids = new int[(int) groups.getArraySize()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = (int) groups.getArrayElement(i).asLong();
        }
        return OwnProcess.setgroups(ids);
    }

    /** initgroups(3): 0, or a negative errno. */
    @Export
    public int initgroups(String user, double extraGroup) {
        return OwnProcess.initgroups(user, (int) (long) extraGroup);
    }

    /** The uid of a user name, or -1. */
    @Export
    public double userId(String name) {
        return OwnProcess.userId(name);
    }

    /** The gid of a group name, or -1. */
    @Export
    public double groupId(String name) {
        return OwnProcess.groupId(name);
    }

    /** The name of the user with this uid, or null. */
    @Export
    public String userName(double uid) {
        return OwnProcess.userName((long) uid);
    }

    /**
     * execve(2) with argv and "NAME=value" environment entries. Standard output and error are flushed
     * first (they are synchronous, so nothing written is lost). Returns only on failure: a negative errno.
     */
    @Export
    public int execve(String file, org.graalvm.polyglot.Value args, org.graalvm.polyglot.Value env) {
        try {
            stdout.flush();
            stderr.flush();
        } catch (IOException e) {
            // the program replacing us writes to the same descriptors; nothing more to save
        }
        return OwnProcess.execve(file, strings(args), strings(env));
    }

    private static List<String> strings(org.graalvm.polyglot.Value array) {
        java.util.ArrayList<String> list = new java.util.ArrayList<>();
        for (long i = 0; i < array.getArraySize(); i++) {
            list.add(array.getArrayElement(i).asString());
        }
        return list;
    }

    /**
     * [user µs, system µs] of the calling thread (process.threadCpuUsage), from /proc/thread-self/stat
     * (clock ticks, each figure monotonic); the JVM's thread CPU times where that cannot be read.
     */
    @Export
    public double[] threadCpuUsage() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double usPerTick = 1_000_000.0 / 100;
            return new double[] {Long.parseLong(f[11]) * usPerTick, Long.parseLong(f[12]) * usPerTick};
        } catch (IOException | RuntimeException e) {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long user = threads.getCurrentThreadUserTime();
            long total = threads.getCurrentThreadCpuTime();
            return new double[] {Math.floor(user / 1000.0), Math.floor(Math.max(0, total - user) / 1000.0)};
        }
    }

    /** Bytes the process may still allocate: the JVM heap's headroom. */
    @Export
    public double availableMemory() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /** [rss, heapTotal, heapUsed] in bytes. */
    @Export
    public double[] memoryUsage() {
        Runtime rt = Runtime.getRuntime();
        long rss = rt.totalMemory();
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // keep the heap size as the estimate
        }
        return new double[] {rss, rt.totalMemory(), rt.totalMemory() - rt.freeMemory()};
    }

    /**
     * Ends the program with {@code code}; lib/ has already emitted 'exit'. Never returns: the instance
     * cancels the Context, which unwinds every JS frame without running catch or finally blocks, as
     * Node's exit does.
     */
    @Export
    public void reallyExit(int code) {
        exitHandler.accept(code);
        throw new IllegalStateException("exit handler returned");
    }

    private static String nodeArch(String javaArch) {
        return switch (javaArch) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64" -> "arm64";
            case "x86", "i386" -> "ia32";
            default -> javaArch;
        };
    }
}
