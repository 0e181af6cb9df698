package io.node4j.loop.fs;

import io.node4j.loop.Errno;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static io.node4j.loop.fs.FsConstants.*;
import static io.node4j.loop.fs.UvAssert.assertUv;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FsReadWriteTest {
    @TempDir
    Path dir;

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String content(String path) throws IOException {
        return Files.readString(Path.of(path));
    }

    @Test
    void openedDescriptorsAreAtLeastThreeAndReusedAfterClose() {
        String f = p("a");
        int a = Fs.open(f, O_WRONLY | O_CREAT, 0644);
        int b = Fs.open(f, O_RDONLY, 0);
        assertTrue(a >= 3);
        assertTrue(b > a);
        Fs.close(a);
        int c = Fs.open(f, O_RDONLY, 0);
        assertEquals(a, c, "lowest free number is reused");
        Fs.close(b);
        Fs.close(c);
    }

    @Test
    void writeThenReadAtCurrentPosition() {
        String f = p("rw");
        int fd = Fs.open(f, O_RDWR | O_CREAT | O_TRUNC, 0644);
        assertEquals(5, Fs.write(fd, bytes("hello"), 0, 5, -1));
        byte[] buf = new byte[10];
        assertEquals(0, Fs.read(fd, buf, 0, 10, -1), "offset is at end after the write");
        assertEquals(5, Fs.read(fd, buf, 0, 10, 0));
        assertEquals("hello", new String(buf, 0, 5, StandardCharsets.UTF_8));
        Fs.close(fd);
    }

    @Test
    void positionalReadDoesNotMoveTheOffset() throws IOException {
        String f = p("pos");
        Files.writeString(Path.of(f), "0123456789");
        int fd = Fs.open(f, O_RDONLY, 0);
        byte[] buf = new byte[3];
        assertEquals(3, Fs.read(fd, buf, 0, 3, 5));
        assertEquals("567", new String(buf, StandardCharsets.UTF_8));
        assertEquals(3, Fs.read(fd, buf, 0, 3, -1));
        assertEquals("012", new String(buf, StandardCharsets.UTF_8));
        assertEquals(3, Fs.read(fd, buf, 0, 3, -1));
        assertEquals("345", new String(buf, StandardCharsets.UTF_8));
        Fs.close(fd);
    }

    @Test
    void readIntoOffsetOfArray() throws IOException {
        String f = p("off");
        Files.writeString(Path.of(f), "abc");
        int fd = Fs.open(f, O_RDONLY, 0);
        byte[] buf = new byte[6];
        assertEquals(3, Fs.read(fd, buf, 2, 4, 0));
        assertArrayEquals(new byte[] {0, 0, 'a', 'b', 'c', 0}, buf);
        Fs.close(fd);
    }

    @Test
    void readAtEndOfFileReturnsZero() throws IOException {
        String f = p("eof");
        Files.writeString(Path.of(f), "x");
        int fd = Fs.open(f, O_RDONLY, 0);
        assertEquals(0, Fs.read(fd, ByteBuffer.allocate(4), 100));
        Fs.close(fd);
    }

    @Test
    void positionalWriteOverwritesInPlace() throws IOException {
        String f = p("pw");
        Files.writeString(Path.of(f), "aaaaaa");
        int fd = Fs.open(f, O_WRONLY, 0);
        Fs.write(fd, bytes("XY"), 0, 2, 2);
        Fs.close(fd);
        assertEquals("aaXYaa", content(f));
    }

    @Test
    void appendModeWritesAtEndWhateverThePosition() throws IOException {
        String f = p("app");
        Files.writeString(Path.of(f), "start");
        int fd = Fs.open(f, O_WRONLY | O_APPEND, 0);
        Fs.write(fd, bytes("-one"), 0, 4, 0);
        Fs.write(fd, bytes("-two"), 0, 4, -1);
        Fs.close(fd);
        assertEquals("start-one-two", content(f));
    }

    @Test
    void readWriteAppendModeReadsAnywhereButWritesAtEnd() throws IOException {
        String f = p("aplus");
        Files.writeString(Path.of(f), "abc");
        int fd = Fs.open(f, O_RDWR | O_APPEND | O_CREAT, 0644);
        Fs.write(fd, bytes("d"), 0, 1, 0);
        byte[] buf = new byte[4];
        assertEquals(4, Fs.read(fd, buf, 0, 4, 0));
        assertEquals("abcd", new String(buf, StandardCharsets.UTF_8));
        Fs.close(fd);
    }

    @Test
    void truncFlagEmptiesTheFile() throws IOException {
        String f = p("tr");
        Files.writeString(Path.of(f), "old content");
        Fs.close(Fs.open(f, O_WRONLY | O_TRUNC, 0));
        assertEquals("", content(f));
    }

    @Test
    void createModeIsAppliedThroughUmask() throws IOException {
        String f = p("mode");
        Fs.close(Fs.open(f, O_WRONLY | O_CREAT, 0600));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(f))));
    }

    @Test
    void readvAndWritevSpanBuffers() throws IOException {
        String f = p("vec");
        int fd = Fs.open(f, O_RDWR | O_CREAT, 0644);
        long n = Fs.writev(fd, new ByteBuffer[] {ByteBuffer.wrap(bytes("ab")), ByteBuffer.wrap(bytes("cde"))}, 0);
        assertEquals(5, n);
        assertEquals("abcde", content(f));
        ByteBuffer x = ByteBuffer.allocate(3);
        ByteBuffer y = ByteBuffer.allocate(3);
        assertEquals(4, Fs.readv(fd, new ByteBuffer[] {x, y}, 1));
        assertEquals("bcd", new String(x.array(), StandardCharsets.UTF_8));
        assertEquals('e', y.get(0));
        Fs.close(fd);
    }

    @Test
    void manyThreadsOpenWriteReadAndCloseIndependently() throws Exception {
        int threads = 4;
        int rounds = 50;
        java.util.List<Thread> ts = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<Throwable> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int t = 0; t < threads; t++) {
            String f = p("t" + t);
            byte[] data = bytes("thread-" + t);
            ts.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < rounds; i++) {
                        int fd = Fs.open(f, O_RDWR | O_CREAT | O_TRUNC, 0644);
                        Fs.write(fd, data, 0, data.length, 0);
                        byte[] back = new byte[data.length];
                        Fs.read(fd, back, 0, back.length, 0);
                        assertArrayEquals(data, back);
                        Fs.close(fd);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread t : ts) {
            t.join();
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void readOnClosedDescriptorIsEbadf() {
        int fd = Fs.open(p("c"), O_WRONLY | O_CREAT, 0644);
        Fs.close(fd);
        var e = assertUv(Errno.EBADF, "read", null, () -> Fs.read(fd, new byte[1], 0, 1, -1));
        assertEquals("EBADF: bad file descriptor, read", e.getMessage());
    }

    @Test
    void closeOfClosedDescriptorIsEbadf() {
        int fd = Fs.open(p("cc"), O_WRONLY | O_CREAT, 0644);
        Fs.close(fd);
        assertUv(Errno.EBADF, "close", null, () -> Fs.close(fd));
    }

    @Test
    void writeOnReadOnlyDescriptorIsEbadf() {
        String f = p("ro");
        Fs.close(Fs.open(f, O_WRONLY | O_CREAT, 0644));
        int fd = Fs.open(f, O_RDONLY, 0);
        assertUv(Errno.EBADF, "write", null, () -> Fs.write(fd, bytes("x"), 0, 1, -1));
        Fs.close(fd);
    }

    @Test
    void readingADirectoryDescriptorIsEisdir() {
        int fd = Fs.open(dir.toString(), O_RDONLY, 0);
        var e = assertUv(Errno.EISDIR, "read", null, () -> Fs.read(fd, new byte[4], 0, 4, -1));
        assertEquals("EISDIR: illegal operation on a directory, read", e.getMessage());
        Fs.close(fd);
    }

    @Test
    void openMissingFileIsEnoentWithNodeMessage() {
        String f = p("missing.txt");
        var e = assertUv(Errno.ENOENT, "open", f, () -> Fs.open(f, O_RDONLY, 0));
        assertEquals("ENOENT: no such file or directory, open '" + f + "'", e.getMessage());
    }

    @Test
    void openDirectoryForWritingIsEisdir() {
        String d = dir.toString();
        var e = assertUv(Errno.EISDIR, "open", d, () -> Fs.open(d, O_WRONLY, 0));
        assertEquals("EISDIR: illegal operation on a directory, open '" + d + "'", e.getMessage());
    }

    @Test
    void openCreateExclusiveOfExistingIsEexist() throws IOException {
        String f = p("ex");
        Files.writeString(Path.of(f), "");
        var e = assertUv(Errno.EEXIST, "open", f, () -> Fs.open(f, O_WRONLY | O_CREAT | O_EXCL, 0644));
        assertEquals("EEXIST: file already exists, open '" + f + "'", e.getMessage());
    }

    @Test
    void openThroughAFileIsEnotdir() throws IOException {
        Files.writeString(dir.resolve("file"), "");
        String f = p("file") + "/x";
        assertUv(Errno.ENOTDIR, "open", f, () -> Fs.open(f, O_RDONLY, 0));
    }

    @Test
    void openDirectoryFlagOnAFileIsEnotdir() throws IOException {
        String f = p("plain");
        Files.writeString(Path.of(f), "");
        assertUv(Errno.ENOTDIR, "open", f, () -> Fs.open(f, O_RDONLY | O_DIRECTORY, 0));
    }

    @Test
    void openNoFollowOnSymlinkIsEloop() throws IOException {
        Files.writeString(dir.resolve("target"), "");
        Files.createSymbolicLink(dir.resolve("lnk"), dir.resolve("target"));
        String l = p("lnk");
        assertUv(Errno.ELOOP, "open", l, () -> Fs.open(l, O_RDONLY | O_NOFOLLOW, 0));
    }

    @Test
    void emptyPathIsEnoent() {
        assertUv(Errno.ENOENT, "open", "", () -> Fs.open("", O_RDONLY, 0));
    }

    @Test
    void trailingSlashOnAFileIsEnotdir() throws IOException {
        Files.writeString(dir.resolve("f"), "");
        String f = p("f") + "/";
        assertUv(Errno.ENOTDIR, "open", f, () -> Fs.open(f, O_RDONLY, 0));
        assertUv(Errno.ENOTDIR, "stat", f, () -> Fs.stat(f));
    }

    @Test
    void fsyncAndFdatasyncSucceedOnAFile() {
        int fd = Fs.open(p("sync"), O_RDWR | O_CREAT, 0644);
        Fs.write(fd, bytes("x"), 0, 1, -1);
        Fs.fsync(fd);
        Fs.fdatasync(fd);
        Fs.close(fd);
        assertUv(Errno.EBADF, "fsync", null, () -> Fs.fsync(fd));
    }

    @Test
    void ftruncateShrinksAndExtendsWithZeros() throws IOException {
        String f = p("ft");
        Files.writeString(Path.of(f), "abcdef");
        int fd = Fs.open(f, O_RDWR, 0);
        Fs.ftruncate(fd, 2);
        assertEquals("ab", content(f));
        Fs.ftruncate(fd, 5);
        assertArrayEquals(new byte[] {'a', 'b', 0, 0, 0}, Files.readAllBytes(Path.of(f)));
        Fs.close(fd);
    }

    @Test
    void ftruncateOnReadOnlyDescriptorIsEinval() throws IOException {
        String f = p("ftro");
        Files.writeString(Path.of(f), "abc");
        int fd = Fs.open(f, O_RDONLY, 0);
        assertUv(Errno.EINVAL, "ftruncate", null, () -> Fs.ftruncate(fd, 1));
        Fs.close(fd);
    }

    @Test
    void truncateByPath() throws IOException {
        String f = p("tp");
        Files.writeString(Path.of(f), "abcdef");
        Fs.truncate(f, 3);
        assertEquals("abc", content(f));
        Fs.truncate(f, 0);
        assertEquals(0, Files.size(Path.of(f)));
    }

    @Test
    void truncateOfDirectoryIsEisdirFromOpen() {
        String d = dir.toString();
        assertUv(Errno.EISDIR, "open", d, () -> Fs.truncate(d, 0));
    }
}
