package io.node4j.loop.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.node4j.loop.Errno;
import io.node4j.loop.UvException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stat/lstat through statx(2): the same facts the JDK's unix attribute view reports, and errno errors. */
class NativeStatTest {
    @TempDir
    Path dir;

    private static long nanos(Object t) {
        java.time.Instant i = ((FileTime) t).toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    @Test
    void statOfAFileMatchesTheJdksView() throws Exception {
        Path file = Files.writeString(dir.resolve("f.txt"), "x".repeat(5000));
        Stats s = Fs.stat(file.toString());
        Map<String, Object> a = Files.readAttributes(file, "unix:*");
        assertEquals(((Number) a.get("ino")).longValue(), s.ino());
        assertEquals(((Number) a.get("dev")).longValue(), s.dev());
        assertEquals(((Number) a.get("mode")).intValue(), s.mode());
        assertEquals(((Number) a.get("nlink")).longValue(), s.nlink());
        assertEquals(((Number) a.get("uid")).longValue(), s.uid());
        assertEquals(5000, s.size());
        assertEquals(nanos(a.get("lastModifiedTime")), s.mtimeNs());
        assertEquals(nanos(a.get("ctime")), s.ctimeNs());
        assertTrue(s.isFile());
        assertTrue(s.blksize() > 0);
    }

    @Test
    void lstatDescribesTheLinkAndStatItsTarget() throws Exception {
        Path target = Files.createDirectory(dir.resolve("d"));
        Path link = Files.createSymbolicLink(dir.resolve("l"), target);
        assertTrue(Fs.lstat(link.toString()).isSymbolicLink());
        assertTrue(Fs.stat(link.toString()).isDirectory());
        // "link/" names the directory the link points to, as on Linux
        assertTrue(Fs.lstat(link + "/").isDirectory());
    }

    @Test
    void failuresAreTheErrnoWithSyscallAndPath() throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "");
        UvException missing = assertThrows(UvException.class, () -> Fs.stat(dir.resolve("nope").toString()));
        assertEquals(Errno.ENOENT, missing.errno());
        assertEquals("stat", missing.syscall());
        UvException notDir = assertThrows(UvException.class, () -> Fs.lstat(file + "/"));
        assertEquals(Errno.ENOTDIR, notDir.errno());
        assertEquals("lstat", notDir.syscall());
        assertFalse(Fs.exists(file + "/"));
        assertTrue(Fs.exists(file.toString()));
        assertFalse(Fs.exists(dir.resolve("nope").toString()));
    }

    @Test
    void statxIsAvailableOnThisKernel() {
        assertNotNull(NativeStat.get(), "statx through FFM (Linux 4.11+, glibc 2.28+)");
        assertTrue(Files.exists(Path.of("/"), LinkOption.NOFOLLOW_LINKS));
    }
}
