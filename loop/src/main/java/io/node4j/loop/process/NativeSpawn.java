package io.node4j.loop.process;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.node4j.loop.Errno;
import io.node4j.loop.UvException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a child with libc's posix_spawn, as libuv does on Linux, so that what the JDK's
 * ProcessBuilder cannot do is exact: the child's argv[0] is the caller's, {@code detached} is a real
 * setsid, every signal disposition and the signal mask are reset to defaults, and the exit status comes
 * from our own waitpid — an exit code and a signal death are told apart even when the signal came from
 * elsewhere.
 *
 * <p>Pipes are made with O_CLOEXEC; the child's ends are dup2'd onto 0..2 (which clears the flag) and
 * every other descriptor above 2 is closed in the child where libc can (closefrom), so no child
 * inherits another's pipe ends and a pipe's end is seen as soon as the child exits.
 */
final class NativeSpawn {
    /** A started child: its pid and our ends of its piped stdio (-1 where not piped). */
    record Spawned(long pid, int stdinFd, int stdoutFd, int stderrFd, int ipcFd) {
    }

    private static final int ENOEXEC = 8;

    private NativeSpawn() {
    }

    /**
     * Spawns {@code program} (a path, already searched) with the options' argv, env, cwd, stdio and
     * detached flag.
     *
     * @throws UvException with syscall {@code "spawn <file>"} and path {@code file}: posix_spawn's error
     *     (ENOENT for a missing program or cwd, EACCES for one that may not be run...)
     */
    static Spawned spawn(Libc libc, SpawnOptions o, String program) {
        String syscall = "spawn " + o.file();
        int[] parentEnds = {-1, -1, -1, -1};
        int[] childEnds = {-1, -1, -1, -1};
        try (Arena arena = Arena.ofConfined()) {
            for (int fd = 0; fd < 3; fd++) {
                if (stdio(o, fd) == Stdio.PIPE) {
                    int[] pair = pipe(libc, arena);
                    // fd 0: the child reads, we write; fds 1 and 2: the child writes, we read
                    childEnds[fd] = fd == 0 ? pair[0] : pair[1];
                    parentEnds[fd] = fd == 0 ? pair[1] : pair[0];
                }
            }
            if (o.ipcFd() >= 0) {
                int[] pair = socketPair(libc, arena);
                parentEnds[3] = pair[0];
                childEnds[3] = pair[1];
            }
            MemorySegment actions = arena.allocate(Libc.FILE_ACTIONS_SIZE, 16);
            MemorySegment attr = arena.allocate(Libc.SPAWNATTR_SIZE, 16);
            check((int) libc.fileActionsInit.invokeExact(actions), syscall, o.file());
            check((int) libc.spawnattrInit.invokeExact(attr), syscall, o.file());
            try {
                for (int fd = 0; fd < 3; fd++) {
                    switch (stdio(o, fd)) {
                        case PIPE -> check((int) libc.fileActionsAddDup2.invokeExact(actions, childEnds[fd], fd),
                                syscall, o.file());
                        case IGNORE -> check((int) libc.fileActionsAddOpen.invokeExact(actions, fd,
                                arena.allocateFrom("/dev/null"), fd == 0 ? Libc.O_RDONLY : Libc.O_WRONLY, 0),
                                syscall, o.file());
                        case INHERIT -> {
                            // the child gets ours as it is
                        }
                    }
                }
                if (o.ipcFd() >= 0) {
                    check((int) libc.fileActionsAddDup2.invokeExact(actions, childEnds[3], o.ipcFd()),
                            syscall, o.file());
                }
                if (libc.fileActionsAddCloseFrom != null) {
                    int from = Math.max(3, o.ipcFd() + 1);
                    for (int fd = 3; fd < from - 1; fd++) {
                        check((int) libc.fileActionsAddClose.invokeExact(actions, fd), syscall, o.file());
                    }
                    check((int) libc.fileActionsAddCloseFrom.invokeExact(actions, from), syscall, o.file());
                }
                if (o.cwd() != null) {
                    check((int) libc.fileActionsAddChdir.invokeExact(actions, arena.allocateFrom(o.cwd())),
                            syscall, o.file());
                }
                // Every signal but SIGKILL and SIGSTOP (which cannot be changed) back to SIG_DFL, the set
                // written by hand because glibc's sigfillset leaves out its internal signals 32 and 33,
                // which posix_spawn then sets to SIG_IGN in the child, ignored across exec. 33 can be
                // reset; resetting 32 (glibc's thread-cancel signal) leaves the child with every signal
                // blocked (measured, glibc 2.36), so 32 stays ignored — glibc programs cannot use it.
                MemorySegment all = arena.allocate(Libc.SIGSET_SIZE, 16);
                all.set(JAVA_LONG, 0, ~0L & ~(1L << (9 - 1)) & ~(1L << (19 - 1)) & ~(1L << (32 - 1)));
                MemorySegment none = arena.allocate(Libc.SIGSET_SIZE, 16);
                check((int) libc.sigEmptySet.invokeExact(none), syscall, o.file());
                check((int) libc.spawnattrSetSigDefault.invokeExact(attr, all), syscall, o.file());
                check((int) libc.spawnattrSetSigMask.invokeExact(attr, none), syscall, o.file());
                short flags = (short) (Libc.POSIX_SPAWN_SETSIGDEF | Libc.POSIX_SPAWN_SETSIGMASK
                        | (o.detached() ? Libc.POSIX_SPAWN_SETSID : 0));
                check((int) libc.spawnattrSetFlags.invokeExact(attr, flags), syscall, o.file());

                MemorySegment pidOut = arena.allocate(JAVA_INT);
                MemorySegment argv = strings(arena, argv(o, program));
                MemorySegment envp = strings(arena, envp(o.env()));
                int rc = (int) libc.posixSpawn.invokeExact(pidOut, arena.allocateFrom(program), actions, attr,
                        argv, envp);
                if (rc == ENOEXEC) {
                    // not a binary and no #! line: run it as a shell script, as execvp (and so libuv) does
                    List<String> shArgs = new ArrayList<>();
                    shArgs.add(argv(o, program).getFirst());
                    shArgs.add(program);
                    shArgs.addAll(argv(o, program).subList(1, argv(o, program).size()));
                    rc = (int) libc.posixSpawn.invokeExact(pidOut, arena.allocateFrom("/bin/sh"), actions, attr,
                            strings(arena, shArgs), envp);
                }
                check(rc, syscall, o.file());
                long pid = pidOut.get(JAVA_INT, 0);
                Spawned spawned = new Spawned(pid, parentEnds[0], parentEnds[1], parentEnds[2], parentEnds[3]);
                parentEnds[0] = parentEnds[1] = parentEnds[2] = parentEnds[3] = -1; // handed over
                return spawned;
            } finally {
                int ignored1 = (int) libc.fileActionsDestroy.invokeExact(actions);
                int ignored2 = (int) libc.spawnattrDestroy.invokeExact(attr);
                assert ignored1 == 0 && ignored2 == 0;
            }
        } catch (UvException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("posix_spawn through the foreign-function API failed", t);
        } finally {
            for (int fd : childEnds) {
                if (fd >= 0) {
                    libc.closeQuietly(fd);
                }
            }
            for (int fd : parentEnds) {
                if (fd >= 0) {
                    libc.closeQuietly(fd); // only on failure: on success they were handed over
                }
            }
        }
    }

    /**
     * Blocks until child {@code pid} ends and returns how: {@code {exitCode, 0}} for an exit,
     * {@code {0, signal}} for a death by signal.
     */
    static int[] waitFor(Libc libc, long pid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment status = arena.allocate(JAVA_INT);
            MemorySegment state = libc.errnoState(arena);
            while (true) {
                int rc = (int) libc.waitpid.invokeExact(state, (int) pid, status, 0);
                if (rc == pid) {
                    int s = status.get(JAVA_INT, 0);
                    int termSignal = s & 0x7f;
                    if (termSignal == 0) {
                        return new int[] {(s >> 8) & 0xff, 0};
                    }
                    return new int[] {0, termSignal};
                }
                if (rc == -1 && libc.errno(state) != Libc.EINTR) {
                    // ECHILD: someone else reaped it; nothing better to say than a plain exit
                    return new int[] {0, 0};
                }
            }
        } catch (Throwable t) {
            throw new IllegalStateException("waitpid through the foreign-function API failed", t);
        }
    }

    private static Stdio stdio(SpawnOptions o, int fd) {
        return switch (fd) {
            case 0 -> o.stdin();
            case 1 -> o.stdout();
            default -> o.stderr();
        };
    }

    private static int[] pipe(Libc libc, Arena arena) throws Throwable {
        MemorySegment fds = arena.allocate(JAVA_INT, 2);
        MemorySegment state = libc.errnoState(arena);
        int rc = (int) libc.pipe2.invokeExact(state, fds, Libc.O_CLOEXEC);
        if (rc != 0) {
            Errno e = Errno.ofCode(-libc.errno(state));
            throw new UvException(e != null ? e : Errno.EMFILE, "pipe");
        }
        return new int[] {fds.getAtIndex(JAVA_INT, 0), fds.getAtIndex(JAVA_INT, 1)};
    }

    private static int[] socketPair(Libc libc, Arena arena) throws Throwable {
        MemorySegment fds = arena.allocate(JAVA_INT, 2);
        MemorySegment state = libc.errnoState(arena);
        int rc = (int) libc.socketpair.invokeExact(state, Libc.AF_UNIX, Libc.SOCK_STREAM | Libc.SOCK_CLOEXEC, 0, fds);
        if (rc != 0) {
            Errno e = Errno.ofCode(-libc.errno(state));
            throw new UvException(e != null ? e : Errno.EMFILE, "socketpair");
        }
        return new int[] {fds.getAtIndex(JAVA_INT, 0), fds.getAtIndex(JAVA_INT, 1)};
    }

    /** A second descriptor for the same open file, close-on-exec. */
    static int dup(Libc libc, int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = libc.errnoState(arena);
            int rc = (int) libc.dup.invokeExact(state, fd, Libc.F_DUPFD_CLOEXEC, 3);
            if (rc < 0) {
                Errno e = Errno.ofCode(-libc.errno(state));
                throw new UvException(e != null ? e : Errno.EBADF, "dup");
            }
            return rc;
        } catch (UvException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("fcntl through the foreign-function API failed", t);
        }
    }

    private static List<String> argv(SpawnOptions o, String program) {
        return o.args().isEmpty() ? List.of(o.file()) : o.args();
    }

    private static List<String> envp(Map<String, String> env) {
        Map<String, String> source = env != null ? env : System.getenv();
        List<String> out = new ArrayList<>(source.size());
        for (Map.Entry<String, String> e : source.entrySet()) {
            out.add(e.getKey() + "=" + e.getValue());
        }
        return out;
    }

    /** A NULL-terminated array of C strings. */
    private static MemorySegment strings(Arena arena, List<String> values) {
        MemorySegment array = arena.allocate(ADDRESS, values.size() + 1L);
        for (int i = 0; i < values.size(); i++) {
            array.setAtIndex(ADDRESS, i, arena.allocateFrom(values.get(i)));
        }
        array.setAtIndex(ADDRESS, values.size(), MemorySegment.NULL);
        return array;
    }

    private static void check(int rc, String syscall, String path) {
        if (rc != 0) {
            Errno e = Errno.ofCode(-rc);
            throw new UvException(e != null ? e : Errno.EINVAL, syscall, path);
        }
    }
}
