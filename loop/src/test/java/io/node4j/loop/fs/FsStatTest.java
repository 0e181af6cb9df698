package io.node4j.loop.fs;

import io.node4j.loop.Errno;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static io.node4j.loop.fs.FsConstants.*;
import static io.node4j.loop.fs.UvAssert.assertUv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FsStatTest {
    @TempDir
    Path dir;

    private static long ns(FileTime t) {
        Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    @Test
    void regularFileHasTypeBitsSizeInodeAndLinkCount() throws IOException {
        Path f = dir.resolve("f");
        Files.writeString(f, "hello");
        Stats s = Fs.stat(f.toString());
        assertEquals(S_IFREG, s.mode() & S_IFMT);
        assertTrue(s.isFile());
        assertFalse(s.isDirectory());
        assertEquals(5, s.size());
        assertNotEquals(0, s.ino());
        assertEquals(1, s.nlink());
        assertEquals(Files.getAttribute(f, "unix:ino"), s.ino());
        assertEquals(Files.getAttribute(f, "unix:dev"), s.dev());
    }

    @Test
    void permissionBitsAreInMode() throws IOException {
        Path f = dir.resolve("perm");
        Files.writeString(f, "");
        Fs.chmod(f.toString(), 0640);
        assertEquals(0640, Fs.stat(f.toString()).mode() & 07777);
    }

    @Test
    void directoryHasDirTypeBits() {
        Stats s = Fs.stat(dir.toString());
        assertEquals(S_IFDIR, s.mode() & S_IFMT);
        assertTrue(s.isDirectory());
    }

    @Test
    void blksizeAndBlocksFollowTheSize() throws IOException {
        Path f = dir.resolve("b");
        Files.write(f, new byte[5000]);
        Stats s = Fs.stat(f.toString());
        assertEquals(4096, s.blksize());
        assertEquals(16, s.blocks());
    }

    @Test
    void timesAreNanosecondsMatchingTheJdk() throws IOException {
        Path f = dir.resolve("t");
        Files.writeString(f, "x");
        Stats s = Fs.stat(f.toString());
        assertEquals(ns(Files.getLastModifiedTime(f)), s.mtimeNs());
        assertEquals(ns((FileTime) Files.getAttribute(f, "unix:ctime")), s.ctimeNs());
        assertEquals(ns((FileTime) Files.getAttribute(f, "unix:lastAccessTime")), s.atimeNs());
        assertEquals(s.mtimeNs(), s.mtimeSec() * 1_000_000_000L + s.mtimeNsec());
        assertEquals(s.mtimeNs() / 1e6, s.mtimeMs(), 1e-3);
    }

    @Test
    void hardLinkRaisesNlink() throws IOException {
        Path f = dir.resolve("n");
        Files.writeString(f, "");
        Fs.link(f.toString(), dir.resolve("n2").toString());
        assertEquals(2, Fs.stat(f.toString()).nlink());
    }

    @Test
    void lstatDescribesTheLinkStatTheTarget() throws IOException {
        Path f = dir.resolve("target");
        Files.writeString(f, "twelve bytes");
        Path l = dir.resolve("link");
        Files.createSymbolicLink(l, f);
        Stats viaLink = Fs.stat(l.toString());
        Stats link = Fs.lstat(l.toString());
        assertTrue(viaLink.isFile());
        assertEquals(12, viaLink.size());
        assertTrue(link.isSymbolicLink());
        assertEquals(S_IFLNK, link.mode() & S_IFMT);
        assertEquals(f.toString().length(), link.size());
        assertNotEquals(viaLink.ino(), link.ino());
    }

    @Test
    void fstatUsesTheDescriptorsFile() throws IOException {
        Path f = dir.resolve("fs");
        Files.writeString(f, "abc");
        int fd = Fs.open(f.toString(), O_RDONLY, 0);
        try {
            Stats s = Fs.fstat(fd);
            assertEquals(3, s.size());
            assertEquals(Fs.stat(f.toString()).ino(), s.ino());
        } finally {
            Fs.close(fd);
        }
    }

    @Test
    void fstatFollowsTheOpenFileAfterUnlink() throws IOException {
        Path f = dir.resolve("gone");
        Files.writeString(f, "four");
        int fd = Fs.open(f.toString(), O_RDONLY, 0);
        try {
            long ino = Fs.fstat(fd).ino();
            Fs.unlink(f.toString());
            Files.writeString(f, "a different file");
            Stats s = Fs.fstat(fd);
            assertEquals(ino, s.ino());
            assertEquals(4, s.size());
            assertEquals(0, s.nlink());
        } finally {
            Fs.close(fd);
        }
    }

    @Test
    void fchmodAndFutimesReachARenamedFile() throws IOException {
        Path f = dir.resolve("before");
        Files.writeString(f, "");
        int fd = Fs.open(f.toString(), O_RDWR, 0);
        try {
            Fs.rename(f.toString(), dir.resolve("after").toString());
            Fs.fchmod(fd, 0604);
            Fs.futimes(fd, 1, 2);
        } finally {
            Fs.close(fd);
        }
        Stats s = Fs.stat(dir.resolve("after").toString());
        assertEquals(0604, s.mode() & 07777);
        assertEquals(2_000_000_000L, s.mtimeNs());
    }

    @Test
    void fstatOfClosedDescriptorIsEbadf() {
        int fd = Fs.open(dir.resolve("x").toString(), O_WRONLY | O_CREAT, 0644);
        Fs.close(fd);
        assertUv(Errno.EBADF, "fstat", null, () -> Fs.fstat(fd));
    }

    @Test
    void statOfMissingIsEnoentWithPath() {
        String m = dir.resolve("missing").toString();
        var e = assertUv(Errno.ENOENT, "stat", m, () -> Fs.stat(m));
        assertEquals("ENOENT: no such file or directory, stat '" + m + "'", e.getMessage());
        assertUv(Errno.ENOENT, "lstat", m, () -> Fs.lstat(m));
    }

    @Test
    void statOfSymlinkLoopIsEloop() throws IOException {
        Path l = dir.resolve("loop");
        Files.createSymbolicLink(l, l.getFileName());
        assertUv(Errno.ELOOP, "stat", l.toString(), () -> Fs.stat(l.toString()));
        assertTrue(Files.isSymbolicLink(l));
    }

    @Test
    void statfsGivesBlockCounts() {
        StatFs s = Fs.statfs(dir.toString());
        assertTrue(s.bsize() > 0);
        assertTrue(s.blocks() > 0);
        assertTrue(s.bfree() <= s.blocks());
        assertTrue(s.bavail() <= s.bfree());
    }

    @Test
    void statfsOfMissingIsEnoent() {
        String m = dir.resolve("missing").toString();
        assertUv(Errno.ENOENT, "statfs", m, () -> Fs.statfs(m));
    }

    @Test
    void existsNeverThrows() throws IOException {
        Files.writeString(dir.resolve("e"), "");
        assertTrue(Fs.exists(dir.resolve("e").toString()));
        assertFalse(Fs.exists(dir.resolve("nope").toString()));
        assertFalse(Fs.exists(""));
        assertFalse(Fs.exists(dir.resolve("e") + "/"));
        assertFalse(Fs.exists("a\0b"));
    }
}
