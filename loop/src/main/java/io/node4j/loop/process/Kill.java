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
 * Sends any signal to any process id, which the JDK cannot do by itself (it only sends SIGTERM and
 * SIGKILL, and only to a live process it can identify): runs {@code kill -N -- pid} and turns its
 * complaint into the errno the system call would have given. Blocks the caller for the few
 * milliseconds a fork and exec take.
 */
final class Kill {
    private static final List<String> PREFIX = command();

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
