package io.node4j.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.node4j.loop.dns.Dns;
import io.node4j.loop.dns.LookupAddress;
import io.node4j.loop.dns.Order;
import io.node4j.loop.fs.Fs;
import io.node4j.loop.fs.FsConstants;
import io.node4j.loop.fs.Stats;

/**
 * The fs and dns operations as libuv's asynchronous requests: the blocking call runs on a pool
 * thread (never the loop's), the result or the UvException reaches the after-work callback on the
 * loop thread, and the pending request keeps the loop alive until then.
 */
class PoolFsDnsTest extends LoopTestBase {
    @TempDir
    Path dir;

    @Test
    void statRunsOnAPoolThreadAndCallsBackOnTheLoopThread() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "hello");
        AtomicReference<Thread> workThread = new AtomicReference<>();
        List<Object> seen = new ArrayList<>();
        loop.queueWork(() -> {
            workThread.set(Thread.currentThread());
            return Fs.stat(file.toString());
        }, (Stats stats, Throwable error) -> {
            assertSame(loop.owner(), Thread.currentThread());
            seen.add(stats.size());
            seen.add(error);
        });
        assertTrue(loop.isAlive(), "a pending fs request keeps the loop alive");
        loop.run(RunMode.DEFAULT);
        assertEquals(List.of(5L), seen.subList(0, 1));
        assertNull(seen.get(1));
        assertFalse(workThread.get() == loop.owner());
        assertTrue(workThread.get().getName().startsWith("node4j-pool-"), workThread.get().getName());
    }

    @Test
    void openOfAMissingFileReportsEnoentThroughTheCallback() {
        String missing = dir.resolve("missing.txt").toString();
        AtomicReference<Throwable> error = new AtomicReference<>();
        loop.queueWork(() -> Fs.open(missing, FsConstants.O_RDONLY, 0), (Integer fd, Throwable e) -> error.set(e));
        loop.run(RunMode.DEFAULT);
        UvException uv = assertInstanceOf(UvException.class, error.get());
        assertEquals(Errno.ENOENT, uv.errno());
        assertEquals("open", uv.syscall());
        assertEquals("ENOENT: no such file or directory, open '" + missing + "'", uv.getMessage());
    }

    @Test
    void readOfAWholeFileThroughChainedRequests() throws Exception {
        Path file = Files.writeString(dir.resolve("b.txt"), "pool read");
        AtomicReference<String> text = new AtomicReference<>();
        loop.queueWork(() -> Fs.open(file.toString(), FsConstants.O_RDONLY, 0), (Integer fd, Throwable e) -> {
            byte[] buf = new byte[64];
            loop.queueWork(() -> {
                try {
                    return Fs.read(fd, buf, 0, buf.length, 0);
                } finally {
                    Fs.close(fd);
                }
            }, (Integer n, Throwable e2) -> text.set(new String(buf, 0, n, StandardCharsets.UTF_8)));
        });
        loop.run(RunMode.DEFAULT);
        assertEquals("pool read", text.get());
    }

    @Test
    void dnsLookupOfLocalhostRunsOnThePool() {
        AtomicReference<List<LookupAddress>> result = new AtomicReference<>();
        loop.queueWork(() -> Dns.lookup("localhost", 4, 0, Order.VERBATIM),
                (List<LookupAddress> addresses, Throwable e) -> result.set(addresses));
        loop.run(RunMode.DEFAULT);
        assertEquals("127.0.0.1", result.get().getFirst().address());
    }

    @Test
    void dnsFailureIsAnEaiErrorForTheHost() {
        AtomicReference<Throwable> error = new AtomicReference<>();
        loop.queueWork(() -> Dns.lookup("no-such-host.invalid", 0, 0, Order.VERBATIM),
                (List<LookupAddress> addresses, Throwable e) -> error.set(e));
        loop.run(RunMode.DEFAULT);
        UvException uv = assertInstanceOf(UvException.class, error.get());
        assertTrue(uv.errno().name().startsWith("EAI_"), uv.errno().name());
        assertEquals("getaddrinfo", uv.syscall());
        assertEquals("no-such-host.invalid", uv.path());
    }
}
