package io.node4j.runtime.bindings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.node4j.loop.Async;
import io.node4j.loop.Loop;
import io.node4j.loop.RunMode;
import io.node4j.loop.Timer;
import io.node4j.loop.Watcher;
import io.node4j.runtime.CommandLine;

class ReportBindingTest {

    @Test
    void userLimitsReadsSoftAndHardInNodesOrder() {
        List<String> limits = List.of(
                "Limit                     Soft Limit           Hard Limit           Units     ",
                "Max cpu time              unlimited            unlimited            seconds   ",
                "Max file size             unlimited            unlimited            bytes     ",
                "Max data size             unlimited            unlimited            bytes     ",
                "Max stack size            8388608              unlimited            bytes     ",
                "Max core file size        0                    unlimited            bytes     ",
                "Max resident set          unlimited            unlimited            bytes     ",
                "Max processes             96364                96364                processes ",
                "Max open files            1024                 4096                 files     ",
                "Max locked memory         8388608              8388608              bytes     ",
                "Max address space         unlimited            unlimited            bytes     ",
                "Max file locks            unlimited            unlimited            locks     ");
        Object[] rows = ReportBinding.userLimits(limits);
        List<String> keys = new ArrayList<>();
        for (Object row : rows) {
            keys.add((String) ((Object[]) row)[0]);
        }
        assertEquals(List.of("core_file_size_blocks", "data_seg_size_bytes", "file_size_blocks",
                "max_locked_memory_bytes", "max_memory_size_bytes", "open_files", "stack_size_bytes",
                "cpu_time_seconds", "max_user_processes", "virtual_memory_bytes"), keys);
        assertArrayEquals(new Object[] {"core_file_size_blocks", 0.0, "unlimited"}, (Object[]) rows[0]);
        assertArrayEquals(new Object[] {"open_files", 1024.0, 4096.0}, (Object[]) rows[5]);
        assertArrayEquals(new Object[] {"stack_size_bytes", 8388608.0, "unlimited"}, (Object[]) rows[6]);
    }

    @Test
    void sharedObjectsAreTheMappedLibrariesOnceEachWithTheVdsoFirst() {
        List<String> maps = List.of(
                "55d0c0a00000-55d0c0a01000 r--p 00000000 08:01 123 /usr/lib/jvm/bin/java",
                "7f00a0000000-7f00a0200000 r--p 00000000 08:01 456 /usr/lib/x86_64-linux-gnu/libc.so.6",
                "7f00a0200000-7f00a0300000 r-xp 00200000 08:01 456 /usr/lib/x86_64-linux-gnu/libc.so.6",
                "7f00a0400000-7f00a0500000 r-xp 00000000 08:01 789 /usr/lib/jvm/lib/server/libjvm.so",
                "7f00a0600000-7f00a0700000 r--s 00000000 08:01 790 /usr/lib/jvm/lib/modules",
                "7f00a0700000-7f00a0800000 r--p 00000000 08:01 791 /tmp/lib with space.so (deleted)",
                "7f00a0800000-7f00a0900000 r--p 00000000 08:01 792 /opt/app/not.so.json",
                "7f00a0900000-7f00a0a00000 rw-p 00000000 00:00 0 ",
                "7ffd00000000-7ffd00002000 r-xp 00000000 00:00 0                          [vdso]",
                "7f00a0b00000-7f00a0c00000 r--p 00000000 08:01 793 /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2");
        assertEquals(List.of("linux-vdso.so.1", "/usr/lib/x86_64-linux-gnu/libc.so.6",
                "/usr/lib/jvm/lib/server/libjvm.so", "/tmp/lib with space.so",
                "/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"), ReportBinding.sharedObjects(maps));
    }

    @Test
    void memoryPoolsMapToTheV8SpaceThatPlaysTheirPart() {
        assertEquals("new_space", space("G1 Eden Space", MemoryType.HEAP));
        assertEquals("new_space", space("G1 Survivor Space", MemoryType.HEAP));
        assertEquals("old_space", space("G1 Old Gen", MemoryType.HEAP));
        assertEquals("old_space", space("Tenured Gen", MemoryType.HEAP));
        assertEquals("code_space", space("CodeHeap 'non-nmethods'", MemoryType.NON_HEAP));
        assertEquals("code_space", space("CodeCache", MemoryType.NON_HEAP));
        assertEquals("trusted_space", space("Metaspace", MemoryType.NON_HEAP));
        assertEquals(-1, ReportBinding.heapSpace("Compressed Class Space", MemoryType.NON_HEAP));
    }

    private static String space(String pool, MemoryType type) {
        return ReportBinding.V8_SPACES[ReportBinding.heapSpace(pool, type)];
    }

    @Test
    void javascriptHeapListsEveryV8SpaceWithItsFigures() {
        Object[] heap;
        try (Loop loop = new Loop()) {
            heap = newBinding(loop).javascriptHeap();
        }
        assertEquals("totalMemory", heap[0]);
        assertEquals("heapSpaces", heap[heap.length - 2]);
        Object[] spaces = (Object[]) heap[heap.length - 1];
        assertEquals(ReportBinding.V8_SPACES.length * 2, spaces.length);
        Object[] oldSpace = (Object[]) spaces[5];
        assertEquals(List.of("memorySize", "committedMemory", "capacity", "used", "available"),
                List.of(oldSpace[0], oldSpace[2], oldSpace[4], oldSpace[6], oldSpace[8]));
        assertTrue((Long) oldSpace[3] > 0, "the old generation has committed memory");
    }

    @Test
    void handlesAreListedOldestFirstWithLibuvsTypeNamesAndTheirFields() {
        Loop loop = new Loop();
        Timer timer = new Timer(loop);
        timer.start(() -> { }, 60_000, 0);
        Async async = new Async(loop, () -> { });
        async.unref();
        Watcher check = new Watcher(loop, Watcher.Phase.CHECK);
        check.start(() -> { });
        Watcher idle = new Watcher(loop, Watcher.Phase.IDLE);

        Object[] rows = newBinding(loop).handles(false);
        assertEquals(4, rows.length);
        Object[] t = (Object[]) rows[0];
        assertEquals(List.of("type", "timer", "is_active", true, "is_referenced", true),
                Arrays.asList(t).subList(0, 6));
        assertEquals(List.of("repeat", 0L, "firesInMsFromNow"), Arrays.asList(t).subList(8, 11));
        assertTrue((Long) t[11] > 59_000 && (Long) t[11] <= 60_000, "due in about a minute");
        assertEquals(List.of("expired", false), Arrays.asList(t).subList(12, 14));
        assertEquals(List.of("type", "async", "is_active", true, "is_referenced", false),
                Arrays.asList((Object[]) rows[1]).subList(0, 6));
        assertEquals("check", ((Object[]) rows[2])[1]);
        assertEquals(List.of("type", "idle", "is_active", false), Arrays.asList((Object[]) rows[3]).subList(0, 4));
        assertTrue(((String) t[7]).matches("0x[0-9a-f]{16}"), "an address as Node prints one");

        Object[] state = newBinding(loop).loopState();
        assertEquals(List.of("type", "loop", "is_active", true), Arrays.asList(state).subList(0, 4));

        timer.close(null);
        async.close(null);
        check.close(null);
        idle.close(null);
        loop.run(RunMode.NOWAIT);
        assertEquals(0, newBinding(loop).handles(false).length);
        loop.close();
    }

    @Test
    void glibcVersionIsTheRunningLibrarysWhenThereIsOne() {
        String version;
        try (Loop loop = new Loop()) {
            version = newBinding(loop).glibcVersion();
        }
        assertTrue(version == null || version.matches("\\d+\\.\\d+"), version);
    }

    @Test
    void commandLineIsTheExecPathAndTheWordsAsTyped() {
        try (Loop loop = new Loop()) {
            ReportBinding binding = new ReportBinding(loop, "/bin/node4j",
                    CommandLine.parse(List.of("--report-compact", "app.js", "x")));
            assertEquals(List.of("/bin/node4j", "--report-compact", "app.js", "x"), binding.commandLine());
        }
    }

    private static ReportBinding newBinding(Loop loop) {
        return new ReportBinding(loop, "/bin/node4j", CommandLine.parse(List.of("-e", "1")));
    }
}
