package io.node4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a program or a worker leaves behind once it has ended must be garbage: the compatibility runner
 * runs a thousand programs in one JVM, and a server may start workers all day. Each program here keeps
 * a large ArrayBuffer (on the Java heap) in a global, so a Context kept alive shows as hundreds of MB.
 */
class InstanceReleaseTest {
    private static final long MB = 1 << 20;

    @Test
    void anEndedProgramIsCollected() throws Exception {
        long before = heapUsedAfterGc();
        assertEquals(0, runToEnd("globalThis.keep = new ArrayBuffer(256 * 1024 * 1024); keep.byteLength"));
        long growth = heapUsedAfterGc() - before;
        assertTrue(growth < 128 * MB, "heap grew by " + growth / MB + " MB after the program ended");
    }

    @Test
    void endedWorkersAreCollectedWhileTheirParentRuns() throws Exception {
        String program = """
            const { Worker } = require('worker_threads');
            const code = 'globalThis.keep = new ArrayBuffer(32 * 1024 * 1024); keep.byteLength';
            (async () => {
              for (let i = 0; i < 12; i++) {
                await new Promise((resolve) => new Worker(code, { eval: true }).on('exit', resolve));
              }
              console.log('done');
              setTimeout(() => {}, 600000);
            })();
            """;
        CountDownLatch done = new CountDownLatch(1);
        OutputStream out = new OutputStream() {
            private final ByteArrayOutputStream text = new ByteArrayOutputStream();

            @Override
            public void write(int b) {
                text.write(b);
                if (text.toString(StandardCharsets.UTF_8).contains("done\n")) {
                    done.countDown();
                }
            }
        };
        long before = heapUsedAfterGc();
        NodeInstance parent = instance(program, out);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread.ofPlatform().name("release-test-main").start(() -> exit.complete(parent.run()));
        try {
            assertTrue(done.await(120, TimeUnit.SECONDS), "the workers did not all end");
            // 12 workers × 32 MB are 384 MB if their Contexts stay reachable from the running parent.
            long growth = heapUsedAfterGc() - before;
            assertTrue(growth < 160 * MB, "heap grew by " + growth / MB + " MB with 12 ended workers");
        } finally {
            parent.terminate(0); // from this thread: exit() would not wake its loop, asleep in a timer
        }
        assertEquals(0, exit.get(60, TimeUnit.SECONDS));
    }

    private static int runToEnd(String code) {
        return instance(code, OutputStream.nullOutputStream()).run();
    }

    private static NodeInstance instance(String code, OutputStream out) {
        Stdio stdio = new Stdio(new ByteArrayInputStream(new byte[0]), out, OutputStream.nullOutputStream());
        return new NodeInstance(new NodeInstance.Options(CommandLine.parse(List.of("-e", code)), "node",
                Path.of("").toAbsolutePath(), stdio));
    }

    private static long heapUsedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
