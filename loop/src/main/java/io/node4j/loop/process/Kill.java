package io.node4j.loop.process;

import io.node4j.loop.Errno;
import io.node4j.loop.UvException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sends any signal to any process id, which the JDK's Process API cannot (it only sends SIGTERM and
 * SIGKILL, and only to a live process it can identify). The system call {@code kill(2)} is called
 * directly through the foreign-function API, with its errno; where native access is not enabled,
 * {@code kill -N -- pid} is run instead and its complaint turned into the errno (a fork and exec:
 * a few milliseconds).
 */
final class Kill {
    private static final List<String> PREFIX = command();
    private static final NativeKill NATIVE = NativeKill.load();

    private Kill() {
    }

    private static List<String> command() {
        for (String candidate : List.of("/bin/kill", "/usr/bin/kill")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return List.of(candidate);
            }
        }
        return List.of("/bin/sh", "-c", "kill \"$@\"", "kill"); // the shell's built-in kill
    }

    /**
     * Sends {@code signum} (0: only check) to {@code pid} (negative: the process group {@code -pid}).
     *
     * @throws UvException ESRCH if there is no such process, EPERM if not allowed, EINVAL otherwise
     */
    static void send(long pid, int signum, String syscall) {
        if (NATIVE != null) {
            int errno = NATIVE.kill(pid, signum);
            if (errno == 0) {
                return;
            }
            Errno e = Errno.ofCode(-errno);
            throw new UvException(e != null ? e : Errno.EINVAL, syscall);
        }
        ArrayList<String> cmd = new ArrayList<>(PREFIX);
        cmd.add("-" + signum);
        cmd.add("--");
        cmd.add(Long.toString(pid));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        String complaint;
        int rc;
        try {
            Process p = pb.start();
            complaint = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            rc = p.waitFor();
        } catch (IOException e) {
            throw new UvException(Errno.ENOSYS, syscall);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UvException(Errno.EINTR, syscall);
        }
        if (rc == 0) {
            return;
        }
        String lower = complaint.toLowerCase(Locale.ROOT);
        if (lower.contains("no such process")) {
            throw new UvException(Errno.ESRCH, syscall);
        }
        if (lower.contains("not permitted")) {
            throw new UvException(Errno.EPERM, syscall);
        }
        throw new UvException(Errno.EINVAL, syscall);
    }
}

/** {@code int kill(pid_t, int)} from libc, with errno captured right after the call. */
final class NativeKill {
    private final java.lang.invoke.MethodHandle kill;
    private final java.lang.foreign.MemoryLayout stateLayout;
    private final java.lang.invoke.VarHandle errnoHandle;

    private NativeKill(java.lang.invoke.MethodHandle kill, java.lang.foreign.MemoryLayout stateLayout,
                       java.lang.invoke.VarHandle errnoHandle) {
        this.kill = kill;
        this.stateLayout = stateLayout;
        this.errnoHandle = errnoHandle;
    }

    /** The libc binding, or null where native access is refused or libc has no kill. */
    static NativeKill load() {
        try {
            java.lang.foreign.Linker linker = java.lang.foreign.Linker.nativeLinker();
            java.lang.foreign.MemorySegment address = linker.defaultLookup().find("kill").orElse(null);
            if (address == null) {
                return null;
            }
            java.lang.foreign.Linker.Option errno = java.lang.foreign.Linker.Option.captureCallState("errno");
            java.lang.foreign.StructLayout layout = java.lang.foreign.Linker.Option.captureStateLayout();
            java.lang.invoke.MethodHandle handle = linker.downcallHandle(address,
                    java.lang.foreign.FunctionDescriptor.of(java.lang.foreign.ValueLayout.JAVA_INT,
                            java.lang.foreign.ValueLayout.JAVA_INT, java.lang.foreign.ValueLayout.JAVA_INT),
                    errno);
            java.lang.invoke.VarHandle errnoHandle = layout.varHandle(
                    java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));
            return new NativeKill(handle, layout, errnoHandle);
        } catch (IllegalCallerException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** 0 on success, else the errno of the failed call. */
    int kill(long pid, int signum) {
        try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
            java.lang.foreign.MemorySegment state = arena.allocate(stateLayout);
            int rc = (int) kill.invokeExact(state, (int) pid, signum);
            return rc == 0 ? 0 : (int) errnoHandle.get(state, 0L);
        } catch (Throwable t) {
            throw new IllegalStateException("kill(2) through the foreign-function API failed", t);
        }
    }
}
