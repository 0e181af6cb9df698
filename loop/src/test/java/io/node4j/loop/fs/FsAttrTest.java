package io.node4j.loop.fs;

import io.node4j.loop.Errno;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static io.node4j.loop.fs.FsConstants.*;
import static io.node4j.loop.fs.UvAssert.assertUv;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FsAttrTest {
    @TempDir
    Path dir;

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void accessOfExistingFileWithFOkAndROk() throws IOException {
        file("f", "");
        assertDoesNotThrow(() -> Fs.access(p("f"), F_OK));
        assertDoesNotThrow(() -> Fs.access(p("f"), R_OK | W_OK));
    }

    @Test
    void accessOfMissingIsEnoent() {
        var e = assertUv(Errno.ENOENT, "access", p("m"), () -> Fs.access(p("m"), F_OK));
        assertEquals("ENOENT: no such file or directory, access '" + p("m") + "'", e.getMessage());
    }

    @Test
    void executeAccessWithoutExecuteBitsIsEacces() throws IOException {
        file("noexec", "");
        Fs.chmod(p("noexec"), 0644); // even root needs an x bit for X_OK
        assertUv(Errno.EACCES, "access", p("noexec"), () -> Fs.access(p("noexec"), X_OK));
        Fs.chmod(p("noexec"), 0755);
        assertDoesNotThrow(() -> Fs.access(p("noexec"), X_OK));
    }

    @Test
    void chmodSetsSpecialBitsToo() throws IOException {
        file("f", "");
        Fs.chmod(p("f"), 02750);
        assertEquals(02750, Fs.stat(p("f")).mode() & 07777);
    }

    @Test
    void chmodOfMissingIsEnoent() {
        assertUv(Errno.ENOENT, "chmod", p("m"), () -> Fs.chmod(p("m"), 0644));
    }

    @Test
    void fchmodChangesTheDescriptorsFile() throws IOException {
        file("f", "");
        int fd = Fs.open(p("f"), O_RDONLY, 0);
        try {
            Fs.fchmod(fd, 0600);
        } finally {
            Fs.close(fd);
        }
        assertEquals(0600, Fs.stat(p("f")).mode() & 07777);
    }

    @Test
    void lchmodOfSymlinkIsEnotsup() throws IOException {
        file("f", "");
        Files.createSymbolicLink(dir.resolve("l"), dir.resolve("f"));
        assertUv(Errno.ENOTSUP, "lchmod", p("l"), () -> Fs.lchmod(p("l"), 0600));
    }

    @Test
    void chownToCurrentOwnerAndMinusOneKeepsOwner() throws IOException {
        file("f", "");
        Stats before = Fs.stat(p("f"));
        Fs.chown(p("f"), before.uid(), before.gid());
        Fs.chown(p("f"), -1, -1);
        Stats after = Fs.stat(p("f"));
        assertEquals(before.uid(), after.uid());
        assertEquals(before.gid(), after.gid());
    }

    @Test
    void chownOfMissingIsEnoent() {
        assertUv(Errno.ENOENT, "chown", p("m"), () -> Fs.chown(p("m"), -1, -1));
        assertUv(Errno.ENOENT, "lchown", p("m"), () -> Fs.lchown(p("m"), 0, 0));
    }

    @Test
    void utimesKeepsFractionalSeconds() throws IOException {
        file("f", "");
        Fs.utimes(p("f"), 1_000_000_000.25, 1_234_567_890.5);
        Stats s = Fs.stat(p("f"));
        assertEquals(1_234_567_890_500_000_000L, s.mtimeNs());
        assertEquals(1_000_000_000_250_000_000L, s.atimeNs());
    }

    @Test
    void utimesNsKeepsNanoseconds() throws IOException {
        file("f", "");
        Fs.utimesNs(p("f"), 1_700_000_000_123_456_789L, 1_700_000_001_987_654_321L);
        Stats s = Fs.stat(p("f"));
        assertEquals(1_700_000_000_123_456_789L, s.atimeNs());
        assertEquals(1_700_000_001_987_654_321L, s.mtimeNs());
        assertEquals(987_654_321L, s.mtimeNsec());
    }

    @Test
    void futimesSetsTimesThroughDescriptor() throws IOException {
        file("f", "");
        int fd = Fs.open(p("f"), O_RDWR, 0);
        try {
            Fs.futimes(fd, 100.5, 200.75);
        } finally {
            Fs.close(fd);
        }
        assertEquals(200_750_000_000L, Fs.stat(p("f")).mtimeNs());
    }

    @Test
    void lutimesChangesTheLinkNotTheTarget() throws IOException {
        Path f = file("f", "");
        Files.setLastModifiedTime(f, FileTime.from(Instant.ofEpochSecond(50)));
        Files.createSymbolicLink(dir.resolve("l"), f);
        Fs.lutimes(p("l"), 10, 20);
        assertEquals(20_000_000_000L, Fs.lstat(p("l")).mtimeNs());
        assertEquals(FileTime.from(Instant.ofEpochSecond(50)), Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void utimesOfMissingIsEnoentUtime() {
        assertUv(Errno.ENOENT, "utime", p("m"), () -> Fs.utimes(p("m"), 1, 1));
        assertUv(Errno.ENOENT, "lutime", p("m"), () -> Fs.lutimes(p("m"), 1, 1));
    }

    @Test
    void secondsToNanosTruncatesSubNanosecond() {
        assertEquals(1_500_000_000L, Fs.secondsToNanos(1.5));
        assertEquals(-500_000_000L, Fs.secondsToNanos(-0.5));
    }

    @Test
    void copyfileCopiesBytesAndMode() throws IOException {
        file("src", "payload");
        Fs.chmod(p("src"), 0640);
        Fs.copyfile(p("src"), p("dst"), 0);
        assertEquals("payload", Files.readString(dir.resolve("dst")));
        assertEquals(0640, Fs.stat(p("dst")).mode() & 07777);
    }

    @Test
    void copyfileOverwritesInPlace() throws IOException {
        file("src", "new");
        file("dst", "old and longer");
        long ino = Fs.stat(p("dst")).ino();
        Fs.copyfile(p("src"), p("dst"), 0);
        assertEquals("new", Files.readString(dir.resolve("dst")));
        assertEquals(ino, Fs.stat(p("dst")).ino());
    }

    @Test
    void copyfileExclOfExistingDestIsEexist() throws IOException {
        file("src", "a");
        file("dst", "b");
        var e = assertUv(Errno.EEXIST, "copyfile", p("src"), p("dst"),
                () -> Fs.copyfile(p("src"), p("dst"), COPYFILE_EXCL));
        assertEquals("EEXIST: file already exists, copyfile '" + p("src") + "' -> '" + p("dst") + "'", e.getMessage());
        assertEquals("b", Files.readString(dir.resolve("dst")));
    }

    @Test
    void copyfileOntoDirectoryIsEisdir() throws IOException {
        file("src", "a");
        Files.createDirectory(dir.resolve("d"));
        assertUv(Errno.EISDIR, "copyfile", p("src"), p("d"), () -> Fs.copyfile(p("src"), p("d"), 0));
    }

    @Test
    void copyfileOfMissingSourceIsEnoent() {
        assertUv(Errno.ENOENT, "copyfile", p("m"), p("x"), () -> Fs.copyfile(p("m"), p("x"), 0));
    }

    @Test
    void copyfileOntoItselfKeepsContent() throws IOException {
        file("same", "keep me");
        Fs.copyfile(p("same"), p("same"), 0);
        assertEquals("keep me", Files.readString(dir.resolve("same")));
    }

    @Test
    void copyfileCloneForceIsEnotsup() throws IOException {
        file("src", "a");
        assertUv(Errno.ENOTSUP, "copyfile", p("src"), p("x"), () -> Fs.copyfile(p("src"), p("x"), COPYFILE_FICLONE_FORCE));
        Fs.copyfile(p("src"), p("y"), COPYFILE_FICLONE);
        assertEquals("a", Files.readString(dir.resolve("y")));
    }
}
