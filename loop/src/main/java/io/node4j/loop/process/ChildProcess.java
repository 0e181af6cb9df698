package io.node4j.loop.process;

import io.node4j.loop.Errno;
import io.node4j.loop.Handle;
import io.node4j.loop.Loop;
import io.node4j.loop.UvException;
import io.node4j.loop.signal.Signals;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child process, as libuv's {@code uv_process_t}: {@link #spawn} starts it (synchronously, as
 * {@code uv_spawn}); the handle is active — keeping the loop alive while referenced — until the exit
 * callback, which runs on the loop thread in the poll phase, exactly once (never after {@link #close}).
 * Closing the handle neither kills nor waits for the child.
 *
 * <p>Piped stdio are separate handles ({@link #stdin()}, {@link #stdout()}, {@link #stderr()}), closed
 * separately, as in libuv. The exit callback and the ends of the output pipes are independent events,
 * delivered as they happen: either may come first (a grandchild can keep a pipe open long after the
 * exit), so wait for all of them (Node's {@code 'close'}) when the order matters.
 *
 * <h2>Exit status or signal</h2>
 * The JDK reports a child killed by signal N as exit status 128+N, the same as {@code exit(128+N)}. The
 * exit callback gets {@code (0, N)} — a signal death — when the status is 128+N and signal N was sent
 * to the child through this API ({@link #kill(int)}, or {@link #kill(long, int)} with its pid) while it
 * ran; otherwise {@code (status, 0)}. So: exit codes 0..128 and 193..255 are always exact; a signal we
 * sent that killed the child is exact; a child killed by a signal from elsewhere is reported as exit
 * code 128+N; a child that got signal N from us, caught it and then exited with 128+N by itself is
 * reported as killed by N. See the module README.
 *
 * <h2>Detached</h2>
 * The JDK cannot call {@code setsid()} in the child; with {@code detached}, the child is started through
 * {@code setsid(1)} when it is installed (the child is not a process-group leader, so setsid execs in
 * place and the pid is the child's own); without it, {@code detached} has no effect. The JVM never kills
 * its children when it exits, so an unreferenced child outlives the parent either way.
 */
public final class ChildProcess extends Handle {
    /** Told how the child ended: {@code (status, 0)} for an exit, {@code (0, signal)} for a signal death. */
    @FunctionalInterface
    public interface ExitCallback {
        void onExit(long exitStatus, int termSignal);
    }

    private static final Pattern ERRNO = Pattern.compile("error[=:] ?(\\d+)");
    private static final String SETSID = findSetsid();
    /** Children of this process not yet seen exiting, by pid, so that kill(pid, sig) is recorded. */
    private static final Map<Long, ChildProcess> LIVE = new ConcurrentHashMap<>();

    private final Process process;
    private final long pid;
    private final ExitCallback onExit;
    private final ChildInput stdin;
    private final ChildOutput stdout;
    private final ChildOutput stderr;
    /** Bit N-1 set: signal N was sent to the child by this API while it ran. */
    private final AtomicLong signalsSent = new AtomicLong();
    /** Started through setsid: the child leads its own process group, whose id is its pid. */
    private final boolean groupLeader;
    private boolean exited;

    private ChildProcess(Loop loop, Process process, SpawnOptions options, ExitCallback onExit) {
        super(loop);
        this.process = process;
        this.pid = process.pid();
        this.onExit = onExit;
        this.groupLeader = options.detached() && SETSID != null;
        String prefix = "node4j-child-" + pid;
        stdin = options.stdin() == Stdio.PIPE ? new ChildInput(loop, process.getOutputStream(), prefix + "-stdin") : null;
        stdout = options.stdout() == Stdio.PIPE ? new ChildOutput(loop, process.getInputStream(), prefix + "-stdout") : null;
        stderr = options.stderr() == Stdio.PIPE ? new ChildOutput(loop, process.getErrorStream(), prefix + "-stderr") : null;
        LIVE.put(pid, this);
        markActive();
        // a virtual thread parks in waitFor for free; Process.onExit would depend on the common pool
        Thread.ofVirtual().name(prefix + "-exit").start(this::awaitExit);
    }

    /**
     * Starts a child, as {@code uv_spawn}; on the loop thread. Blocks for the fork and exec, as libuv does.
     *
     * @throws UvException with syscall {@code "spawn <file>"} and path {@code file}, as Node reports
     *     them: ENOENT for a missing program or working directory, EACCES for one that may not be run...
     */
    public static ChildProcess spawn(Loop loop, SpawnOptions options, ExitCallback onExit) {
        loop.assertInLoopThread();
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(onExit, "onExit");
        Process process = start(options);
        return new ChildProcess(loop, process, options, onExit);
    }

    private static Process start(SpawnOptions o) {
        String syscall = "spawn " + o.file();
        String program = program(o, syscall);
        List<String> cmd = new ArrayList<>();
        if (o.detached() && SETSID != null) {
            cmd.add(SETSID);
        }
        cmd.add(program);
        if (o.args().size() > 1) {
            cmd.addAll(o.args().subList(1, o.args().size()));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        try {
            if (o.env() != null) {
                Map<String, String> env = pb.environment();
                env.clear();
                env.putAll(o.env());
            }
        } catch (IllegalArgumentException e) { // a name with '=' or a NUL
            throw new UvException(Errno.EINVAL, syscall, o.file());
        }
        if (o.cwd() != null) {
            pb.directory(new File(o.cwd()));
        }
        pb.redirectInput(switch (o.stdin()) {
            case PIPE -> ProcessBuilder.Redirect.PIPE;
            case INHERIT -> ProcessBuilder.Redirect.INHERIT;
            case IGNORE -> ProcessBuilder.Redirect.from(new File("/dev/null"));
        });
        pb.redirectOutput(output(o.stdout()));
        pb.redirectError(output(o.stderr()));
        try {
            return pb.start();
        } catch (IOException e) {
            throw new UvException(errno(e), syscall, o.file());
        }
    }

    private static ProcessBuilder.Redirect output(Stdio stdio) {
        return switch (stdio) {
            case PIPE -> ProcessBuilder.Redirect.PIPE;
            case INHERIT -> ProcessBuilder.Redirect.INHERIT;
            case IGNORE -> ProcessBuilder.Redirect.DISCARD;
        };
    }

    /** The errno in the JDK's "Cannot run program ...: Exec failed, error: 2 (...)" (older JDKs: "error=2, ..."). */
    private static Errno errno(IOException e) {
        Matcher m = ERRNO.matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            Errno errno = Errno.ofCode(-Integer.parseInt(m.group(1)));
            if (errno != null) {
                return errno;
            }
        }
        return Errno.EIO;
    }

    /**
     * What to execute. The JDK looks a bare name up in this process's PATH; libuv uses the child's when
     * the options give one, so then (and for setsid, which needs a path it can exec) we search ourselves.
     */
    private static String program(SpawnOptions o, String syscall) {
        String file = o.file();
        if (file.isEmpty()) {
            throw new UvException(Errno.ENOENT, syscall, file);
        }
        if (file.indexOf('/') >= 0) {
            return file;
        }
        String ownPath = System.getenv("PATH");
        String childPath = o.env() == null ? ownPath : o.env().get("PATH");
        boolean needSearch = (o.detached() && SETSID != null) || !Objects.equals(childPath, ownPath);
        if (!needSearch) {
            return file;
        }
        String found = search(file, childPath == null ? "/usr/local/bin:/usr/bin:/bin" : childPath, o.cwd());
        if (found == null) {
            throw new UvException(Errno.ENOENT, syscall, file);
        }
        return found;
    }

    private static String search(String file, String path, String cwd) {
        for (String dir : path.split(":", -1)) {
            try {
                Path base = Path.of(dir.isEmpty() ? "." : dir);
                if (!base.isAbsolute() && cwd != null) {
                    base = Path.of(cwd).resolve(base);
                }
                Path candidate = base.resolve(file);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate.toAbsolutePath().toString();
                }
            } catch (InvalidPathException ignored) {
                // not a usable directory: skip it, as execvp does
            }
        }
        return null;
    }

    private static String findSetsid() {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- accessors

    public long pid() {
        return pid;
    }

    /** The pipe to the child's stdin, or null when fd 0 was not {@link Stdio#PIPE}. */
    public ChildInput stdin() {
        return stdin;
    }

    /** The pipe from the child's stdout, or null when fd 1 was not {@link Stdio#PIPE}. */
    public ChildOutput stdout() {
        return stdout;
    }

    /** The pipe from the child's stderr, or null when fd 2 was not {@link Stdio#PIPE}. */
    public ChildOutput stderr() {
        return stderr;
    }

    /** Whether the exit has been seen on the loop thread (the callback has run, unless closed). */
    public boolean hasExited() {
        return exited;
    }

    // ---------------------------------------------------------------- signals

    /**
     * Sends {@code signum} to the child, as {@code uv_process_kill}: 0 checks that it still runs. SIGTERM
     * and SIGKILL go through {@link java.lang.ProcessHandle}; others through {@code kill(1)}.
     *
     * @throws UvException ESRCH once the child has exited, EINVAL for a signal number out of 0..64
     */
    public void kill(int signum) {
        loop().assertInLoopThread();
        checkSignal(signum, "uv_process_kill");
        if (exited || !process.isAlive()) {
            throw new UvException(Errno.ESRCH, "uv_process_kill");
        }
        if (signum == 0) {
            return;
        }
        recordSignal(signum);
        deliverSignal(signum, "uv_process_kill");
    }

    /**
     * Sends {@code signum} to any process, as {@code uv_kill} (Node's {@code process.kill}); any thread. A
     * negative pid names a process group. A child of ours that is signalled this way — by its pid, or by
     * its group when it was spawned detached ({@code kill(-child.pid(), sig)}) — is reported as killed by
     * the signal if it dies of it (see the class comment).
     *
     * @throws UvException ESRCH no such process, EPERM not allowed, EINVAL bad signal number
     */
    public static void kill(long pid, int signum) {
        checkSignal(signum, "kill");
        if (pid < 0 && pid != Long.MIN_VALUE) {
            ChildProcess leader = LIVE.get(-pid);
            if (leader != null && leader.groupLeader && signum != 0) {
                leader.recordSignal(signum);
            }
            Kill.send(pid, signum, "kill");
            return;
        }
        ChildProcess child = LIVE.get(pid);
        if (child != null && child.process.isAlive() && signum != 0) {
            child.recordSignal(signum);
            child.deliverSignal(signum, "kill");
            return;
        }
        Kill.send(pid, signum, "kill");
    }

    private static void checkSignal(int signum, String syscall) {
        if (signum < 0 || signum > Signals.MAX_SIGNAL) {
            throw new UvException(Errno.EINVAL, syscall);
        }
    }

    private void recordSignal(int signum) {
        long bit = 1L << (signum - 1);
        signalsSent.getAndAccumulate(bit, (a, b) -> a | b);
    }

    private void deliverSignal(int signum, String syscall) {
        // ProcessHandle, not Process: Process.destroy also closes the stdio streams
        java.lang.ProcessHandle handle = process.toHandle();
        if (signum == Signals.SIGTERM) {
            handle.destroy();
        } else if (signum == Signals.SIGKILL) {
            handle.destroyForcibly();
        } else {
            Kill.send(pid, signum, syscall);
        }
    }

    // ---------------------------------------------------------------- exit

    /** On the exit thread: wait for the JDK's reaper, then tell the loop. */
    private void awaitExit() {
        long status;
        while (true) {
            try {
                status = process.waitFor();
                break;
            } catch (InterruptedException e) {
                // nobody interrupts this thread; keep waiting
            }
        }
        long exitStatus = status;
        try {
            loop().execute(() -> exited(exitStatus));
        } catch (RejectedExecutionException closed) {
            LIVE.remove(pid, this);
        }
    }

    private void exited(long status) {
        LIVE.remove(pid, this);
        if (exited) {
            return;
        }
        exited = true;
        long exitStatus = status;
        int termSignal = 0;
        if (status > 128 && status <= 128 + Signals.MAX_SIGNAL) {
            int signum = (int) (status - 128);
            if ((signalsSent.get() & (1L << (signum - 1))) != 0) {
                exitStatus = 0;
                termSignal = signum;
            }
        }
        markInactive();
        if (!isClosing()) {
            onExit.onExit(exitStatus, termSignal);
        }
    }

    @Override
    protected void doClose() {
        LIVE.remove(pid, this);
        markInactive();
    }
}
