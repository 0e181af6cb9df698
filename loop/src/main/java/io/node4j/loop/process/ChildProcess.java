package io.node4j.loop.process;

import io.node4j.loop.Errno;
import io.node4j.loop.Handle;
import io.node4j.loop.Loop;
import io.node4j.loop.UvException;
import io.node4j.loop.signal.Signals;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;

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
 * <h2>How the child is started</h2>
 * Through libc's posix_spawn and our own waitpid ({@link NativeSpawn}), as libuv does: argv[0] is the
 * caller's, {@code detached} is setsid, signal dispositions and mask are reset, and the exit callback
 * gets {@code (code, 0)} for an exit and {@code (0, N)} for a death by signal N, whoever sent it. This
 * needs native access for this module (the JDK's ProcessBuilder can do none of the three); without it
 * spawn fails with ENOSYS.
 */
public final class ChildProcess extends Handle {
    /** Told how the child ended: {@code (status, 0)} for an exit, {@code (0, signal)} for a signal death. */
    @FunctionalInterface
    public interface ExitCallback {
        void onExit(long exitStatus, int termSignal);
    }

    /** Set by the waiting thread once the pid is reaped: the number may then be reused. */
    private volatile boolean reaped;
    private final long pid;
    private final ExitCallback onExit;
    private final ChildInput stdin;
    private final ChildOutput stdout;
    private final ChildOutput stderr;
    private final IpcChannel ipc;
    private boolean exited;

    private ChildProcess(Loop loop, Libc libc, NativeSpawn.Spawned child, ExitCallback onExit) {
        super(loop);
        this.pid = child.pid();
        this.onExit = onExit;
        String prefix = "node4j-child-" + pid;
        stdin = child.stdinFd() >= 0
                ? new ChildInput(loop, FdStreams.output(libc, child.stdinFd()), prefix + "-stdin") : null;
        stdout = child.stdoutFd() >= 0
                ? new ChildOutput(loop, FdStreams.input(libc, child.stdoutFd()), prefix + "-stdout") : null;
        stderr = child.stderrFd() >= 0
                ? new ChildOutput(loop, FdStreams.input(libc, child.stderrFd()), prefix + "-stderr") : null;
        ipc = child.ipcFd() >= 0 ? IpcChannel.over(loop, libc, child.ipcFd(), prefix + "-ipc") : null;
        markActive();
        // waitpid blocks in native code, which would pin a virtual thread's carrier: a platform thread
        Thread.ofPlatform().daemon().name(prefix + "-exit").start(() -> awaitExit(libc));
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
        String syscall = "spawn " + options.file();
        Libc libc = Libc.get();
        if (libc == null) {
            throw new UvException(Errno.ENOSYS, syscall, options.file());
        }
        checkStrings(options, syscall);
        NativeSpawn.Spawned child = NativeSpawn.spawn(libc, options, program(options, syscall));
        return new ChildProcess(loop, libc, child, onExit);
    }

    /** C strings cannot hold a NUL, and an environment name cannot hold '=': EINVAL, as before. */
    private static void checkStrings(SpawnOptions o, String syscall) {
        boolean bad = o.file().indexOf('\0') >= 0 || (o.cwd() != null && o.cwd().indexOf('\0') >= 0)
                || o.args().stream().anyMatch(a -> a.indexOf('\0') >= 0);
        if (o.env() != null) {
            for (Map.Entry<String, String> e : o.env().entrySet()) {
                bad |= e.getKey().isEmpty() || e.getKey().indexOf('=') >= 0 || e.getKey().indexOf('\0') >= 0
                        || e.getValue().indexOf('\0') >= 0;
            }
        }
        if (bad) {
            throw new UvException(Errno.EINVAL, syscall, o.file());
        }
    }

    /** What to execute: a bare name is searched in the child's PATH (the options' env, else ours), as libuv. */
    private static String program(SpawnOptions o, String syscall) {
        String file = o.file();
        if (file.isEmpty()) {
            throw new UvException(Errno.ENOENT, syscall, file);
        }
        if (file.indexOf('/') >= 0) {
            return file;
        }
        String childPath = o.env() == null ? System.getenv("PATH") : o.env().get("PATH");
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

    /** Our end of the IPC channel, or null when the options asked for none. */
    public IpcChannel ipc() {
        return ipc;
    }

    /** Whether the exit has been seen on the loop thread (the callback has run, unless closed). */
    public boolean hasExited() {
        return exited;
    }

    // ---------------------------------------------------------------- signals

    /**
     * Sends {@code signum} to the child, as {@code uv_process_kill}: 0 checks that it still runs.
     *
     * @throws UvException ESRCH once the child has been reaped, EINVAL for a signal number out of 0..64
     */
    public void kill(int signum) {
        loop().assertInLoopThread();
        checkSignal(signum, "uv_process_kill");
        if (exited || reaped) {
            throw new UvException(Errno.ESRCH, "uv_process_kill");
        }
        Kill.send(pid, signum, "uv_process_kill");
    }

    /** This process's id: a signal sent to it waits for its dispatch (see {@link Signals#sendToSelf}). */
    private static final long SELF = ProcessHandle.current().pid();

    /**
     * Sends {@code signum} to any process, as {@code uv_kill} (Node's {@code process.kill}); any thread. A
     * negative pid names a process group. A signal this process sends itself has reached its handlers
     * (the loops are told) when this returns, as with kill(2).
     *
     * @throws UvException ESRCH no such process, EPERM not allowed, EINVAL bad signal number
     */
    public static void kill(long pid, int signum) {
        checkSignal(signum, "kill");
        if (pid == SELF && signum != 0) {
            Signals.sendToSelf(signum, () -> Kill.send(pid, signum, "kill"));
        } else {
            Kill.send(pid, signum, "kill");
        }
    }

    private static void checkSignal(int signum, String syscall) {
        if (signum < 0 || signum > Signals.MAX_SIGNAL) {
            throw new UvException(Errno.EINVAL, syscall);
        }
    }

    // ---------------------------------------------------------------- exit

    /** On the exit thread: waitpid, then tell the loop. */
    private void awaitExit(Libc libc) {
        int[] how = NativeSpawn.waitFor(libc, pid);
        reaped = true;
        try {
            loop().execute(() -> exited(how[0], how[1]));
        } catch (RejectedExecutionException closed) {
            // the loop is gone: nobody to tell
        }
    }

    private void exited(int exitCode, int termSignal) {
        if (exited) {
            return;
        }
        exited = true;
        markInactive();
        if (!isClosing()) {
            onExit.onExit(exitCode, termSignal);
        }
    }

    @Override
    protected void doClose() {
        markInactive();
    }
}
