package io.node4j.loop.process;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The calls that change this process itself, which the JDK does not offer: the file mode creation
 * mask, the user and group ids (real, effective, supplementary), user and group names through the
 * system's databases (getpwnam_r/getgrnam_r, so NSS sources count), and replacing the program with
 * execve. Node makes these calls directly rather than through libuv; they live here beside the other
 * libc bindings of the loop.
 *
 * <p>Failures come back as a negative errno, as libuv reports them. {@link #available()} is false
 * where native access is refused; every call then fails with ENOSYS.
 */
public final class OwnProcess {
    /** libc's errno for "function not implemented". */
    private static final int ENOSYS = 38;
    private static final int ERANGE = 34;
    private static final int F_GETFD = 1;
    private static final int F_SETFD = 2;
    private static final int FD_CLOEXEC = 1;
    /** struct passwd (glibc, 64-bit): pw_name, pw_passwd, then uid_t pw_uid at 16, gid_t pw_gid at 20. */
    private static final long PASSWD_SIZE = 48;
    private static final long PW_UID = 16;
    private static final long PW_GID = 20;
    /** struct group (glibc, 64-bit): gr_name, gr_passwd, then gid_t gr_gid at 16. */
    private static final long GROUP_SIZE = 32;
    private static final long GR_GID = 16;

    private static final Natives NATIVES = Natives.load();

    private OwnProcess() {}

    /** Whether the native calls can be made here. */
    public static boolean available() {
        return NATIVES != null;
    }

    /** Sets the file mode creation mask and returns the previous one (umask(2) cannot fail). */
    public static int umask(int mask) {
        if (NATIVES == null) {
            return 0022;
        }
        try {
            return (int) NATIVES.umask.invokeExact(mask);
        } catch (Throwable t) {
            throw new IllegalStateException("umask(2) failed", t);
        }
    }

    /** The current mask, read without changing it for longer than the two calls take. */
    public static int currentUmask() {
        int mask = umask(0);
        umask(mask);
        return mask;
    }

    /** setuid(2): 0, or a negative errno. */
    public static int setuid(int uid) {
        return idCall(NATIVES == null ? null : NATIVES.setuid, uid);
    }

    /** setgid(2): 0, or a negative errno. */
    public static int setgid(int gid) {
        return idCall(NATIVES == null ? null : NATIVES.setgid, gid);
    }

    /** seteuid(2): 0, or a negative errno. */
    public static int seteuid(int uid) {
        return idCall(NATIVES == null ? null : NATIVES.seteuid, uid);
    }

    /** setegid(2): 0, or a negative errno. */
    public static int setegid(int gid) {
        return idCall(NATIVES == null ? null : NATIVES.setegid, gid);
    }

    private static int idCall(MethodHandle call, int id) {
        if (call == null) {
            return -ENOSYS;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(NATIVES.stateLayout);
            int rc = (int) call.invokeExact(state, id);
            return rc == 0 ? 0 : -NATIVES.errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException("setting an id through the foreign-function API failed", t);
        }
    }

    /** setgroups(2) with these group ids: 0, or a negative errno. */
    public static int setgroups(int[] groups) {
        if (NATIVES == null) {
            return -ENOSYS;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment list = arena.allocate(JAVA_INT, Math.max(1, groups.length));
            for (int i = 0; i < groups.length; i++) {
                list.setAtIndex(JAVA_INT, i, groups[i]);
            }
            MemorySegment state = arena.allocate(NATIVES.stateLayout);
            int rc = (int) NATIVES.setgroups.invokeExact(state, (long) groups.length, list);
            return rc == 0 ? 0 : -NATIVES.errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException("setgroups(2) through the foreign-function API failed", t);
        }
    }

    /** initgroups(3): the groups of {@code user} plus {@code extraGroup}. 0, or a negative errno. */
    public static int initgroups(String user, int extraGroup) {
        if (NATIVES == null) {
            return -ENOSYS;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(NATIVES.stateLayout);
            int rc = (int) NATIVES.initgroups.invokeExact(state, arena.allocateFrom(user), extraGroup);
            return rc == 0 ? 0 : -NATIVES.errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException("initgroups(3) through the foreign-function API failed", t);
        }
    }

    /** The uid of the user named {@code name} (getpwnam_r), or -1 when there is none. */
    public static long userId(String name) {
        return lookup(NATIVES == null ? null : NATIVES.getpwnam, name, PASSWD_SIZE, PW_UID);
    }

    /** The gid of the primary group of the user named {@code name}, or -1 when there is none. */
    public static long userGroupId(String name) {
        return lookup(NATIVES == null ? null : NATIVES.getpwnam, name, PASSWD_SIZE, PW_GID);
    }

    /** The gid of the group named {@code name} (getgrnam_r), or -1 when there is none. */
    public static long groupId(String name) {
        return lookup(NATIVES == null ? null : NATIVES.getgrnam, name, GROUP_SIZE, GR_GID);
    }

    /** The name of the user with this uid (getpwuid_r), or null when there is none. */
    public static String userName(long uid) {
        if (NATIVES == null) {
            return null;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment record = arena.allocate(PASSWD_SIZE, 8);
            MemorySegment result = arena.allocate(ADDRESS);
            for (long size = 1024; size <= 1 << 20; size *= 4) {
                MemorySegment buffer = arena.allocate(size);
                int rc = (int) NATIVES.getpwuid.invokeExact((int) uid, record, buffer, size, result);
                if (rc == ERANGE) {
                    continue;
                }
                if (rc != 0 || result.get(ADDRESS, 0).equals(MemorySegment.NULL)) {
                    return null;
                }
                return record.get(ADDRESS, 0).reinterpret(Long.MAX_VALUE).getString(0);
            }
            return null;
        } catch (Throwable t) {
            throw new IllegalStateException("getpwuid_r(3) through the foreign-function API failed", t);
        }
    }

    /** One getpwnam_r/getgrnam_r call, growing its string buffer while it reports ERANGE. */
    private static long lookup(MethodHandle call, String name, long recordSize, long idOffset) {
        if (call == null || name.indexOf('\0') >= 0) {
            return -1;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cName = arena.allocateFrom(name);
            MemorySegment record = arena.allocate(recordSize, 8);
            MemorySegment result = arena.allocate(ADDRESS);
            for (long size = 1024; size <= 1 << 20; size *= 4) {
                MemorySegment buffer = arena.allocate(size);
                int rc = (int) call.invokeExact(cName, record, buffer, size, result);
                if (rc == ERANGE) {
                    continue;
                }
                if (rc != 0 || result.get(ADDRESS, 0).equals(MemorySegment.NULL)) {
                    return -1;
                }
                return Integer.toUnsignedLong(record.get(JAVA_INT, idOffset));
            }
            return -1;
        } catch (Throwable t) {
            throw new IllegalStateException("a user or group lookup through the foreign-function API failed", t);
        }
    }

    /**
     * Replaces this process's program with {@code file}, run with {@code args} (argv[0] included) and
     * {@code env} ("NAME=value" strings), as execve(2). Descriptors above 2 are marked close-on-exec
     * first, so the new program starts with only the standard streams, as a libuv program's would (the
     * JVM opens some of its files without that flag). Returns only on failure, with a negative errno.
     */
    public static int execve(String file, List<String> args, List<String> env) {
        if (NATIVES == null) {
            return -ENOSYS;
        }
        closeOnExecAboveStdio();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(NATIVES.stateLayout);
            int rc = (int) NATIVES.execve.invokeExact(state, arena.allocateFrom(file),
                    cStrings(arena, args), cStrings(arena, env));
            return rc == 0 ? 0 : -NATIVES.errno(state);
        } catch (Throwable t) {
            throw new IllegalStateException("execve(2) through the foreign-function API failed", t);
        }
    }

    private static MemorySegment cStrings(Arena arena, List<String> strings) {
        MemorySegment array = arena.allocate(ADDRESS, strings.size() + 1L);
        for (int i = 0; i < strings.size(); i++) {
            array.setAtIndex(ADDRESS, i, arena.allocateFrom(strings.get(i), StandardCharsets.UTF_8));
        }
        array.setAtIndex(ADDRESS, strings.size(), MemorySegment.NULL);
        return array;
    }

    private static void closeOnExecAboveStdio() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path entry : fds.toList()) {
                int fd = Integer.parseInt(entry.getFileName().toString());
                if (fd > 2) {
                    int flags = (int) NATIVES.fcntl.invokeExact(fd, F_GETFD, 0);
                    if (flags >= 0 && (flags & FD_CLOEXEC) == 0) {
                        int ignored = (int) NATIVES.fcntl.invokeExact(fd, F_SETFD, flags | FD_CLOEXEC);
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // /proc missing: the program inherits what it inherits
        } catch (Throwable t) {
            throw new IllegalStateException("fcntl(2) through the foreign-function API failed", t);
        }
    }

    /** The method handles, bound once. */
    private static final class Natives {
        final MethodHandle umask;
        final MethodHandle setuid;
        final MethodHandle setgid;
        final MethodHandle seteuid;
        final MethodHandle setegid;
        final MethodHandle setgroups;
        final MethodHandle initgroups;
        final MethodHandle getpwnam;
        final MethodHandle getgrnam;
        final MethodHandle getpwuid;
        final MethodHandle execve;
        final MethodHandle fcntl;
        final StructLayout stateLayout;
        private final VarHandle errnoHandle;

        private Natives(Linker linker) {
            Linker.Option errno = Linker.Option.captureCallState("errno");
            stateLayout = Linker.Option.captureStateLayout();
            errnoHandle = stateLayout.varHandle(MemoryLayout.PathElement.groupElement("errno"));
            FunctionDescriptor intOfInt = FunctionDescriptor.of(JAVA_INT, JAVA_INT);
            umask = bind(linker, "umask", intOfInt);
            setuid = bind(linker, "setuid", intOfInt, errno);
            setgid = bind(linker, "setgid", intOfInt, errno);
            seteuid = bind(linker, "seteuid", intOfInt, errno);
            setegid = bind(linker, "setegid", intOfInt, errno);
            setgroups = bind(linker, "setgroups", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, ADDRESS), errno);
            initgroups = bind(linker, "initgroups", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), errno);
            FunctionDescriptor lookup = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS);
            getpwnam = bind(linker, "getpwnam_r", lookup);
            getgrnam = bind(linker, "getgrnam_r", lookup);
            getpwuid = bind(linker, "getpwuid_r",
                    FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
            execve = bind(linker, "execve", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS), errno);
            fcntl = bind(linker, "fcntl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
                    Linker.Option.firstVariadicArg(2));
        }

        int errno(MemorySegment state) {
            return (int) errnoHandle.get(state, 0L);
        }

        private static MethodHandle bind(Linker linker, String name, FunctionDescriptor fd, Linker.Option... options) {
            MemorySegment address = linker.defaultLookup().find(name)
                    .orElseThrow(() -> new UnsupportedOperationException("libc has no " + name));
            return linker.downcallHandle(address, fd, options);
        }

        static Natives load() {
            try {
                return new Natives(Linker.nativeLinker());
            } catch (IllegalCallerException | UnsupportedOperationException e) {
                return null;
            }
        }
    }
}
