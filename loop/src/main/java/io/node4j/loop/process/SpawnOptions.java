package io.node4j.loop.process;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link ChildProcess#spawn} starts, as libuv's {@code uv_process_options_t}.
 *
 * @param file     the program; without a '/', looked up in {@code PATH} (the child's, when {@code env}
 *                 has one, else this process's)
 * @param args     the full argument vector, {@code args[0]} first (libuv's argv0); empty means
 *                 {@code [file]}. Without native access (the JDK's ProcessBuilder) the child sees
 *                 the program as argv[0] whatever args[0] says.
 * @param env      the child's exact environment, or null to inherit this process's
 * @param cwd      the child's working directory, or null for this process's
 * @param stdin    fd 0
 * @param stdout   fd 1
 * @param stderr   fd 2
 * @param detached start the child in a new session (setsid; see {@link ChildProcess})
 * @param ipcFd    the child's descriptor for an IPC channel (a Unix stream socket pair, our end in
 *                 {@link ChildProcess#ipc()}), 3 or more; -1 for none
 */
public record SpawnOptions(String file, List<String> args, Map<String, String> env, String cwd,
                           Stdio stdin, Stdio stdout, Stdio stderr, boolean detached, int ipcFd) {
    public SpawnOptions {
        Objects.requireNonNull(file, "file");
        args = args == null ? List.of() : List.copyOf(args);
        env = env == null ? null : Map.copyOf(env);
        stdin = stdin == null ? Stdio.PIPE : stdin;
        stdout = stdout == null ? Stdio.PIPE : stdout;
        stderr = stderr == null ? Stdio.PIPE : stderr;
        if (ipcFd != -1 && ipcFd < 3) {
            throw new IllegalArgumentException("ipcFd must be 3 or more, or -1: " + ipcFd);
        }
    }

    /** Without an IPC channel. */
    public SpawnOptions(String file, List<String> args, Map<String, String> env, String cwd,
                        Stdio stdin, Stdio stdout, Stdio stderr, boolean detached) {
        this(file, args, env, cwd, stdin, stdout, stderr, detached, -1);
    }

    /** {@code file} with arguments {@code args} (argv0 = file), env and cwd inherited, all stdio piped. */
    public static SpawnOptions of(String file, String... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = file;
        System.arraycopy(args, 0, argv, 1, args.length);
        return new SpawnOptions(file, List.of(argv), null, null, Stdio.PIPE, Stdio.PIPE, Stdio.PIPE, false);
    }

    public SpawnOptions withEnv(Map<String, String> newEnv) {
        return new SpawnOptions(file, args, newEnv, cwd, stdin, stdout, stderr, detached, ipcFd);
    }

    public SpawnOptions withCwd(String newCwd) {
        return new SpawnOptions(file, args, env, newCwd, stdin, stdout, stderr, detached, ipcFd);
    }

    public SpawnOptions withStdio(Stdio in, Stdio out, Stdio err) {
        return new SpawnOptions(file, args, env, cwd, in, out, err, detached, ipcFd);
    }

    public SpawnOptions withIpc(int fd) {
        return new SpawnOptions(file, args, env, cwd, stdin, stdout, stderr, detached, fd);
    }

    public SpawnOptions withDetached(boolean newDetached) {
        return new SpawnOptions(file, args, env, cwd, stdin, stdout, stderr, newDetached, ipcFd);
    }
}
