package io.node4j.loop.fs;

import io.node4j.loop.Errno;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.Set;

import static io.node4j.loop.fs.UvAssert.assertUv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FdTableTest {
    @TempDir
    Path dir;

    private OpenFile file() throws IOException {
        Path p = Files.createTempFile(dir, "f", ".txt");
        return new OpenFile(FileChannel.open(p, StandardOpenOption.READ), p, p.toString(), 0, false);
    }

    @Test
    void stdioOccupiesZeroToTwo() {
        FdTable t = new FdTable(16);
        assertTrue(t.isOpen(0));
        assertTrue(t.isOpen(1));
        assertTrue(t.isOpen(2));
        assertFalse(t.isOpen(3));
        assertEquals(3, t.openCount());
    }

    @Test
    void newDescriptorsStartAtThreeAndCountUp() throws IOException {
        FdTable t = new FdTable(16);
        assertEquals(3, t.add(file(), "open", "a"));
        assertEquals(4, t.add(file(), "open", "b"));
        assertEquals(5, t.add(file(), "open", "c"));
    }

    @Test
    void closedNumberIsReusedLowestFirst() throws IOException {
        FdTable t = new FdTable(16);
        for (int i = 0; i < 5; i++) {
            t.add(file(), "open", "x"); // 3..7
        }
        t.remove(6, "close").close();
        t.remove(4, "close").close();
        assertEquals(4, t.add(file(), "open", "y"));
        assertEquals(6, t.add(file(), "open", "z"));
        assertEquals(8, t.add(file(), "open", "w"));
    }

    @Test
    void closingStdioFreesItsNumber() throws IOException {
        FdTable t = new FdTable(16);
        t.remove(0, "close").close();
        assertEquals(0, t.add(file(), "open", "x"));
    }

    @Test
    void getOfUnknownDescriptorIsEbadf() {
        FdTable t = new FdTable(16);
        assertUv(Errno.EBADF, "read", null, () -> t.get(42, "read"));
        assertUv(Errno.EBADF, "fstat", null, () -> t.get(-1, "fstat"));
    }

    @Test
    void removeTwiceIsEbadf() throws IOException {
        FdTable t = new FdTable(16);
        int fd = t.add(file(), "open", "x");
        t.remove(fd, "close").close();
        assertUv(Errno.EBADF, "close", null, () -> t.remove(fd, "close"));
    }

    @Test
    void limitGivesEmfileWithPath() throws IOException {
        FdTable t = new FdTable(5);
        t.add(file(), "open", "a");
        t.add(file(), "open", "b");
        OpenFile extra = file();
        assertUv(Errno.EMFILE, "open", "c", () -> t.add(extra, "open", "c"));
        extra.close();
    }

    @Test
    void concurrentAddsGetDistinctNumbers() throws Exception {
        FdTable t = new FdTable(1000);
        List<OpenFile> files = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            files.add(file());
        }
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            int base = k * 50;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < 50; i++) {
                    seen.add(t.add(files.get(base + i), "open", "x"));
                }
            }));
        }
        start.countDown();
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(200, seen.size());
        for (int fd = 3; fd < 203; fd++) {
            assertTrue(seen.contains(fd), "fd " + fd);
        }
        for (OpenFile f : files) {
            f.close();
        }
    }
}
