package io.node4j.loop.fs;

import io.node4j.loop.Errno;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.node4j.loop.fs.FsConstants.*;
import static io.node4j.loop.fs.UvAssert.assertUv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FsDirTest {
    @TempDir
    Path dir;

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    private void populate() throws IOException {
        Files.writeString(dir.resolve("file"), "");
        Files.createDirectory(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("link"), dir.resolve("file"));
    }

    @Test
    void readdirGivesNamesWithTypes() throws IOException {
        populate();
        Map<String, Integer> m = new HashMap<>();
        for (Dirent d : Fs.readdir(dir.toString())) {
            m.put(d.name(), d.type());
        }
        assertEquals(Map.of("file", UV_DIRENT_FILE, "sub", UV_DIRENT_DIR, "link", UV_DIRENT_LINK), m);
    }

    @Test
    void readdirNamesMatchesReaddir() throws IOException {
        populate();
        List<String> names = new ArrayList<>();
        Fs.readdir(dir.toString()).forEach(d -> names.add(d.name()));
        assertEquals(names, Fs.readdirNames(dir.toString()), "same OS order, no sorting");
    }

    @Test
    void readdirOfFileIsEnotdirScandir() throws IOException {
        populate();
        String f = p("file");
        var e = assertUv(Errno.ENOTDIR, "scandir", f, () -> Fs.readdir(f));
        assertEquals("ENOTDIR: not a directory, scandir '" + f + "'", e.getMessage());
    }

    @Test
    void readdirOfMissingIsEnoentScandir() {
        String m = p("missing");
        assertUv(Errno.ENOENT, "scandir", m, () -> Fs.readdirNames(m));
    }

    @Test
    void opendirReadsInBatchesUntilEmpty() throws IOException {
        for (int i = 0; i < 5; i++) {
            Files.writeString(dir.resolve("e" + i), "");
        }
        Set<String> seen = new HashSet<>();
        try (Dir d = Fs.opendir(dir.toString())) {
            List<Dirent> batch;
            int batches = 0;
            while (!(batch = d.read(2)).isEmpty()) {
                assertTrue(batch.size() <= 2);
                batch.forEach(x -> seen.add(x.name()));
                batches++;
            }
            assertEquals(3, batches);
            assertNull(d.readOne());
        }
        assertEquals(Set.of("e0", "e1", "e2", "e3", "e4"), seen);
    }

    @Test
    void opendirOfFileIsEnotdirWithoutPath() throws IOException {
        populate();
        var e = assertUv(Errno.ENOTDIR, "opendir", null, () -> Fs.opendir(p("file")));
        assertEquals("ENOTDIR: not a directory, opendir", e.getMessage());
    }

    @Test
    void dirReadAfterCloseIsEbadf() {
        Dir d = Fs.opendir(dir.toString());
        d.close();
        assertUv(Errno.EBADF, "readdir", null, () -> d.read(1));
        assertUv(Errno.EBADF, "closedir", null, d::close);
    }

    @Test
    void mkdirCreatesWithMode() throws IOException {
        String d = p("new");
        Fs.mkdir(d, 0750);
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(d))));
    }

    @Test
    void mkdirOfExistingIsEexist() {
        String d = dir.toString();
        var e = assertUv(Errno.EEXIST, "mkdir", d, () -> Fs.mkdir(d, 0777));
        assertEquals("EEXIST: file already exists, mkdir '" + d + "'", e.getMessage());
    }

    @Test
    void mkdirWithMissingParentIsEnoent() {
        String d = p("a/b");
        assertUv(Errno.ENOENT, "mkdir", d, () -> Fs.mkdir(d, 0777));
    }

    @Test
    void mkdirRecursiveReturnsFirstCreated() {
        assertEquals(p("a"), Fs.mkdirp(p("a/b/c"), 0777));
        assertTrue(Files.isDirectory(dir.resolve("a/b/c")));
        assertEquals(p("a/b/c/d"), Fs.mkdirp(p("a/b/c/d"), 0777));
    }

    @Test
    void mkdirRecursiveOfExistingDirectoryReturnsNull() {
        assertNull(Fs.mkdirp(dir.toString(), 0777));
    }

    @Test
    void mkdirRecursiveOverFileIsEexistOrEnotdir() throws IOException {
        populate();
        String f = p("file");
        assertUv(Errno.EEXIST, "mkdir", f, () -> Fs.mkdirp(f, 0777));
        String below = f + "/x/y";
        assertUv(Errno.ENOTDIR, "mkdir", below, () -> Fs.mkdirp(below, 0777));
    }

    @Test
    void mkdirRecursiveOfFileWithTrailingSlashIsEnotdir() throws IOException {
        populate();
        String f = p("file") + "/";
        assertUv(Errno.ENOTDIR, "mkdir", f, () -> Fs.mkdirp(f, 0777));
    }

    @Test
    void mkdtempAppendsSixAlphanumerics() throws IOException {
        String prefix = p("tmp-");
        String made = Fs.mkdtemp(prefix);
        assertTrue(made.startsWith(prefix));
        assertTrue(made.substring(prefix.length()).matches("[A-Za-z0-9]{6}"), made);
        assertTrue(Files.isDirectory(Path.of(made)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(made))));
        assertTrue(!made.equals(Fs.mkdtemp(prefix)));
    }

    @Test
    void mkdtempInMissingDirectoryNamesTheTemplate() {
        String prefix = p("nope/x");
        var e = assertUv(Errno.ENOENT, "mkdtemp", prefix + "XXXXXX", () -> Fs.mkdtemp(prefix));
        assertEquals("ENOENT: no such file or directory, mkdtemp '" + prefix + "XXXXXX'", e.getMessage());
    }

    @Test
    void rmdirRemovesEmptyDirectory() throws IOException {
        Files.createDirectory(dir.resolve("empty"));
        Fs.rmdir(p("empty"));
        assertTrue(Files.notExists(dir.resolve("empty")));
    }

    @Test
    void rmdirOfNonEmptyIsEnotempty() throws IOException {
        populate();
        String d = dir.toString();
        var e = assertUv(Errno.ENOTEMPTY, "rmdir", d, () -> Fs.rmdir(d));
        assertEquals("ENOTEMPTY: directory not empty, rmdir '" + d + "'", e.getMessage());
    }

    @Test
    void rmdirOfFileOrSymlinkIsEnotdir() throws IOException {
        populate();
        assertUv(Errno.ENOTDIR, "rmdir", p("file"), () -> Fs.rmdir(p("file")));
        Files.createSymbolicLink(dir.resolve("dirlink"), dir.resolve("sub"));
        assertUv(Errno.ENOTDIR, "rmdir", p("dirlink"), () -> Fs.rmdir(p("dirlink")));
        assertTrue(Files.isDirectory(dir.resolve("sub")));
    }

    @Test
    void rmdirOfMissingIsEnoent() {
        assertUv(Errno.ENOENT, "rmdir", p("gone"), () -> Fs.rmdir(p("gone")));
    }

    @Test
    void unlinkRemovesFileAndSymlinkOnly() throws IOException {
        populate();
        Fs.unlink(p("link"));
        assertTrue(Files.exists(dir.resolve("file")));
        Fs.unlink(p("file"));
        assertTrue(Files.notExists(dir.resolve("file")));
    }

    @Test
    void unlinkOfDirectoryIsEisdir() throws IOException {
        populate();
        var e = assertUv(Errno.EISDIR, "unlink", p("sub"), () -> Fs.unlink(p("sub")));
        assertEquals("EISDIR: illegal operation on a directory, unlink '" + p("sub") + "'", e.getMessage());
        assertTrue(Files.isDirectory(dir.resolve("sub")));
    }

    @Test
    void unlinkOfMissingIsEnoent() {
        assertUv(Errno.ENOENT, "unlink", p("gone"), () -> Fs.unlink(p("gone")));
    }
}
