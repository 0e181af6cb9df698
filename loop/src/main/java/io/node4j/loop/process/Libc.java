package io.node4j.loop.process;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The libc functions process spawning needs, through the foreign-function API: posix_spawn and its
 * file actions and attributes, pipe2, read, write, close and waitpid. {@link #get()} is null where
 * native access is refused or a function is missing; callers then fall back to the JDK's Process API.
 *
 * <p>Functions that report failure through errno are bound with errno captured right after the call
 * (the JVM may call into libc itself before Java code could read it); they take the capture segment
 * as their first argument.
 */
final class Libc {
    /** glibc's sizes on 64-bit Linux are 80 (file actions), 336 (attributes), 128 (sigset); room to spare. */
    static final long FILE_ACTIONS_SIZE = 256;
    static final long SPAWNATTR_SIZE = 512;
    static final long SIGSET_SIZE = 256;

    static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    static final short POSIX_SPAWN_SETSID = 0x80;

    static final int O_RDONLY = 0;
    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    static final int O_CLOEXEC = 0x80000;
    static final int AF_UNIX = 1;
    static final int SOCK_STREAM = 1;
    static final int SOCK_CLOEXEC = 0x80000;
    static final int F_DUPFD_CLOEXEC = 1030;
    static final int SHUT_RD = 0;
    static final int SHUT_WR = 1;
    static final int EINTR = 4;
    static final int EAGAIN = 11;

    private static final Libc INSTANCE = load();

    final MethodHandle posixSpawn;
    final MethodHandle fileActionsInit;
    final MethodHandle fileActionsDestroy;
    final MethodHandle fileActionsAddDup2;
    final MethodHandle fileActionsAddOpen;
    final MethodHandle fileActionsAddClose;
    final MethodHandle fileActionsAddChdir;
    /** Null on a libc without posix_spawn_file_actions_addclosefrom_np (glibc before 2.34). */
    final MethodHandle fileActionsAddCloseFrom;
    final MethodHandle spawnattrInit;
    final MethodHandle spawnattrDestroy;
    final MethodHandle spawnattrSetFlags;
    final MethodHandle spawnattrSetSigMask;
    final MethodHandle spawnattrSetSigDefault;
    final MethodHandle sigEmptySet;
    final MethodHandle pipe2;
    final MethodHandle read;
    final MethodHandle write;
    final MethodHandle close;
    final MethodHandle waitpid;
    final MethodHandle socketpair;
    final MethodHandle dup;
    final MethodHandle shutdown;
    private final StructLayout stateLayout;
    private final VarHandle errnoHandle;

    private Libc(Linker linker) {
        Linker.Option errno = Linker.Option.captureCallState("errno");
        stateLayout = Linker.Option.captureStateLayout();
        errnoHandle = stateLayout.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        posixSpawn = bind(linker, "posix_spawn",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        fileActionsInit = bind(linker, "posix_spawn_file_actions_init", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        fileActionsDestroy = bind(linker, "posix_spawn_file_actions_destroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        fileActionsAddDup2 = bind(linker, "posix_spawn_file_actions_adddup2",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        fileActionsAddOpen = bind(linker, "posix_spawn_file_actions_addopen",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        fileActionsAddClose = bind(linker, "posix_spawn_file_actions_addclose",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        fileActionsAddChdir = bind(linker, "posix_spawn_file_actions_addchdir_np",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        fileActionsAddCloseFrom = linker.defaultLookup().find("posix_spawn_file_actions_addclosefrom_np")
                .map(a -> linker.downcallHandle(a, FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT)))
                .orElse(null);
        spawnattrInit = bind(linker, "posix_spawnattr_init", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        spawnattrDestroy = bind(linker, "posix_spawnattr_destroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        spawnattrSetFlags = bind(linker, "posix_spawnattr_setflags",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_SHORT));
        spawnattrSetSigMask = bind(linker, "posix_spawnattr_setsigmask",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        spawnattrSetSigDefault = bind(linker, "posix_spawnattr_setsigdefault",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        sigEmptySet = bind(linker, "sigemptyset", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        pipe2 = bind(linker, "pipe2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), errno);
        read = bind(linker, "read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG), errno);
        write = bind(linker, "write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG), errno);
        close = bind(linker, "close", FunctionDescriptor.of(JAVA_INT, JAVA_INT), errno);
        waitpid = bind(linker, "waitpid", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT), errno);
        socketpair = bind(linker, "socketpair",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS), errno);
        shutdown = bind(linker, "shutdown", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), errno);
        dup = bind(linker, "fcntl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT), errno);
    }

    private static MethodHandle bind(Linker linker, String name, FunctionDescriptor fd, Linker.Option... options) {
        MemorySegment address = linker.defaultLookup().find(name)
                .orElseThrow(() -> new UnsupportedOperationException("libc has no " + name));
        return linker.downcallHandle(address, fd, options);
    }

    private static Libc load() {
        try {
            return new Libc(Linker.nativeLinker());
        } catch (IllegalCallerException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** The bindings, or null where they cannot be had. */
    static Libc get() {
        return INSTANCE;
    }

    /** A segment to pass as the errno capture argument. */
    MemorySegment errnoState(Arena arena) {
        return arena.allocate(stateLayout);
    }

    int errno(MemorySegment state) {
        return (int) errnoHandle.get(state, 0L);
    }

    /**
     * shutdown(2) on a socket, ignoring errors (ENOTSOCK for a pipe): SHUT_RD wakes a thread blocked in
     * read(2) on it, SHUT_WR lets the peer see the end even while another descriptor keeps it open.
     */
    void shutdownQuietly(int fd, int how) {
        try (Arena arena = Arena.ofConfined()) {
            int rc = (int) shutdown.invokeExact(errnoState(arena), fd, how);
            assert rc == 0 || rc == -1;
        } catch (Throwable t) {
            throw new IllegalStateException("shutdown(2) failed to run", t);
        }
    }

    /** Closes a descriptor, ignoring errors (as libuv's uv__close_nocheckstdio on error paths). */
    void closeQuietly(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            int rc = (int) close.invokeExact(errnoState(arena), fd);
            assert rc == 0 || rc == -1;
        } catch (Throwable t) {
            throw new IllegalStateException("close(2) failed to run", t);
        }
    }
}
