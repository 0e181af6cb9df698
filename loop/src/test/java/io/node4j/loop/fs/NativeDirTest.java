package io.node4j.loop.fs;

import static io.node4j.loop.fs.FsConstants.UV_DIRENT_DIR;
import static io.node4j.loop.fs.FsConstants.UV_DIRENT_FIFO;
import static io.node4j.loop.fs.FsConstants.UV_DIRENT_FILE;
import static io.node4j.loop.fs.FsConstants.UV_DIRENT_LINK;
import static io.node4j.loop.fs.FsConstants.UV_DIRENT_UNKNOWN;
import static io.node4j.loop.fs.UvAssert.assertUv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.node4j.loop.Errno;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** getdents64 through {@link NativeDir}: every entry (over many buffers), its d_type, errors, and libuv's order. */
class NativeDirTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryEntryOverManyBuffersAsTheJdkLists() throws IOException {
        assertNotNull(NativeDir.get(), "glibc on Linux has getdents64");
        // 3,000 entries with long names: well over one 32 KiB buffer of linux_dirent64 records.
        for (int i = 0; i < 3000; i++) {
            Files.writeString(dir.resolve("entry-with-a-rather-long-name-" + i), "");
        }
        List<String> jdk = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(p -> jdk.add(p.getFileName().toString()));
        }
        jdk.sort(Fs::compareNames);
        assertEquals(jdk, Fs.readdirNames(dir.toString()));
        List<String> typed = new ArrayList<>();
        for (Dirent d : Fs.readdir(dir.toString())) {
            assertEquals(UV_DIRENT_FILE, d.type(), d.name());
            typed.add(d.name());
        }
        assertEquals(jdk, typed);
    }

    @Test
    void typesComeFromTheEntryNotItsTarget() throws Exception {
        Files.writeString(dir.resolve("file"), "");
        Files.createDirectory(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("link-to-sub"), dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("fifo").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Map<String, Integer> types = new HashMap<>();
        for (Dirent d : NativeDir.get().read(dir.toString(), true)) {
            types.put(d.name(), d.type());
        }
        assertEquals(Map.of("file", UV_DIRENT_FILE, "sub", UV_DIRENT_DIR, "link-to-sub", UV_DIRENT_LINK,
                "dangling", UV_DIRENT_LINK, "fifo", UV_DIRENT_FIFO), types);
        for (Dirent d : NativeDir.get().read(dir.toString(), false)) {
            assertEquals(UV_DIRENT_UNKNOWN, d.type(), "no types asked for");
        }
    }

    @Test
    void namesAreUtf8AndSortedByCodePoint() throws IOException {
        // U+FF21 (a BMP letter above the surrogates) sorts before U+1F600 in code point (and UTF-8 byte)
        // order, though its UTF-16 unit is larger than the emoji's high surrogate.
        List<String> names = List.of("b", "a", "é", "\uFF21", "\uD83D\uDE00", "ab", "B", "日本");
        for (String n : names) {
            Files.writeString(dir.resolve(n), "");
        }
        TreeSet<String> byUtf8 = new TreeSet<>(Comparator.comparing((String s) -> s.getBytes(StandardCharsets.UTF_8),
                java.util.Arrays::compareUnsigned));
        byUtf8.addAll(names);
        assertEquals(new ArrayList<>(byUtf8), Fs.readdirNames(dir.toString()));
        assertTrue(Fs.compareNames("\uFF21", "\uD83D\uDE00") < 0);
        assertTrue(Fs.compareNames("\uD83D\uDE00", "\uFF21") > 0);
        assertTrue(Fs.compareNames("a", "ab") < 0);
    }

    @Test
    void errorsAreScandirsWithThePath() throws IOException {
        String missing = dir.resolve("missing").toString();
        assertUv(Errno.ENOENT, "scandir", missing, () -> NativeDir.get().read(missing, true));
        Path file = Files.writeString(dir.resolve("f"), "");
        assertUv(Errno.ENOTDIR, "scandir", file.toString(), () -> NativeDir.get().read(file.toString(), false));
        assertEquals(List.of(), Fs.readdirNames(Files.createDirectory(dir.resolve("empty")).toString()));
    }
}
