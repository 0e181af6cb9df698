package io.node4j.loop.fs;

import io.node4j.loop.Errno;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.node4j.loop.fs.UvAssert.assertUv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FsLinkTest {
    @TempDir
    Path dir;

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void renameMovesAndReplaces() throws IOException {
        Files.writeString(dir.resolve("a"), "A");
        Files.writeString(dir.resolve("b"), "B");
        Fs.rename(p("a"), p("b"));
        assertTrue(Files.notExists(dir.resolve("a")));
        assertEquals("A", Files.readString(dir.resolve("b")));
    }

    @Test
    void renameIntoMissingDirectoryIsEnoentWithDest() throws IOException {
        Files.writeString(dir.resolve("f"), "");
        String dest = p("nope/x");
        var e = assertUv(Errno.ENOENT, "rename", p("f"), dest, () -> Fs.rename(p("f"), dest));
        assertEquals("ENOENT: no such file or directory, rename '" + p("f") + "' -> '" + dest + "'", e.getMessage());
    }

    @Test
    void renameFileOntoDirectoryIsEisdir() throws IOException {
        Files.writeString(dir.resolve("f"), "");
        Files.createDirectory(dir.resolve("d"));
        assertUv(Errno.EISDIR, "rename", p("f"), p("d"), () -> Fs.rename(p("f"), p("d")));
    }

    @Test
    void renameDirectoryOntoFileIsEnotdir() throws IOException {
        Files.writeString(dir.resolve("f"), "");
        Files.createDirectory(dir.resolve("d"));
        assertUv(Errno.ENOTDIR, "rename", p("d"), p("f"), () -> Fs.rename(p("d"), p("f")));
    }

    @Test
    void renameOntoNonEmptyDirectoryIsEnotempty() throws IOException {
        Files.createDirectory(dir.resolve("d1"));
        Files.createDirectories(dir.resolve("d2/inner"));
        assertUv(Errno.ENOTEMPTY, "rename", p("d1"), p("d2"), () -> Fs.rename(p("d1"), p("d2")));
    }

    @Test
    void linkToExistingNameIsEexistWithDest() throws IOException {
        Files.writeString(dir.resolve("f"), "");
        Files.createDirectory(dir.resolve("d"));
        var e = assertUv(Errno.EEXIST, "link", p("f"), p("d"), () -> Fs.link(p("f"), p("d")));
        assertEquals("EEXIST: file already exists, link '" + p("f") + "' -> '" + p("d") + "'", e.getMessage());
    }

    @Test
    void linkFromMissingIsEnoentWithDest() {
        assertUv(Errno.ENOENT, "link", p("missing"), p("new"), () -> Fs.link(p("missing"), p("new")));
    }

    @Test
    void symlinkAndReadlinkRoundTrip() throws IOException {
        Files.writeString(dir.resolve("f"), "");
        Fs.symlink("f", p("rel"), 0);
        assertEquals("f", Fs.readlink(p("rel")));
        assertTrue(Files.isSymbolicLink(dir.resolve("rel")));
        assertTrue(Fs.stat(p("rel")).isFile());
    }

    @Test
    void symlinkOverExistingIsEexistWithTargetAndPath() throws IOException {
        Files.writeString(dir.resolve("f"), "");
        var e = assertUv(Errno.EEXIST, "symlink", "anything", p("f"), () -> Fs.symlink("anything", p("f"), 0));
        assertEquals("EEXIST: file already exists, symlink 'anything' -> '" + p("f") + "'", e.getMessage());
    }

    @Test
    void readlinkOfRegularFileIsEinval() throws IOException {
        Files.writeString(dir.resolve("f"), "");
        assertUv(Errno.EINVAL, "readlink", p("f"), () -> Fs.readlink(p("f")));
    }

    @Test
    void readlinkWithTrailingSlashFollowsTheLink() throws IOException {
        Files.writeString(dir.resolve("f"), "");
        Files.createSymbolicLink(dir.resolve("l"), dir.resolve("f"));
        Files.createSymbolicLink(dir.resolve("dl"), dir);
        assertUv(Errno.ENOTDIR, "readlink", p("l") + "/", () -> Fs.readlink(p("l") + "/"));
        assertUv(Errno.EINVAL, "readlink", p("dl") + "/", () -> Fs.readlink(p("dl") + "/"));
    }

    @Test
    void renameOfDirectoryIntoItselfIsEinval() throws IOException {
        Files.createDirectory(dir.resolve("d"));
        assertUv(Errno.EINVAL, "rename", p("d"), p("d/x"), () -> Fs.rename(p("d"), p("d/x")));
    }

    @Test
    void readlinkOfMissingIsEnoent() {
        assertUv(Errno.ENOENT, "readlink", p("m"), () -> Fs.readlink(p("m")));
    }

    @Test
    void realpathResolvesSymlinkChains() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real/inner"));
        Files.writeString(real.resolve("file"), "");
        Files.createSymbolicLink(dir.resolve("l1"), dir.resolve("real"));
        Files.createSymbolicLink(dir.resolve("l2"), Path.of("l1/inner"));
        String expected = dir.toRealPath().resolve("real/inner/file").toString();
        assertEquals(expected, Fs.realpath(p("l2") + "/file"));
        assertEquals(expected, Fs.realpath(p("l1") + "/../real/inner/./file"));
    }

    @Test
    void realpathOfMissingIsEnoent() {
        String m = p("missing");
        var e = assertUv(Errno.ENOENT, "realpath", m, () -> Fs.realpath(m));
        assertEquals("ENOENT: no such file or directory, realpath '" + m + "'", e.getMessage());
    }

    @Test
    void realpathOfLoopIsEloop() throws IOException {
        Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
        assertUv(Errno.ELOOP, "realpath", p("a"), () -> Fs.realpath(p("a")));
    }
}
