package io.node4j.loop.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.node4j.loop.Handle;
import io.node4j.loop.Loop;
import io.node4j.loop.RunMode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/** A fresh loop per test; afterwards no handle or request may be left and the loop must close. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
abstract class ProcessTestBase {
    protected Loop loop;

    @BeforeEach
    void createLoop() {
        loop = new Loop();
    }

    @AfterEach
    void closeLoopAndCheckLeaks() {
        assertEquals(List.of(), loop.handles(), "leaked handles");
        assertEquals(0, loop.activeRequests(), "leaked requests");
        loop.close();
    }

    /** Closes what is not closing yet and runs the loop until the close callbacks have run. */
    protected void closeAll(Handle... handles) {
        for (Handle h : handles) {
            if (h != null && !h.isClosing()) {
                h.close(null);
            }
        }
        loop.run(RunMode.DEFAULT);
    }

    /** Everything a child's exit callback was told, and on which thread. */
    static final class Exit {
        final List<long[]> calls = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();

        void record(long status, int signal) {
            calls.add(new long[] {status, signal});
            threads.add(Thread.currentThread());
        }

        long status() {
            assertEquals(1, calls.size(), "exit callbacks");
            return calls.get(0)[0];
        }

        int signal() {
            assertEquals(1, calls.size(), "exit callbacks");
            return (int) calls.get(0)[1];
        }
    }

    /** Collects one output pipe, from readStart to its end. */
    static class Sink implements ChildOutput.ReadCallback {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Thread> threads = new ArrayList<>();
        int ends;
        Object endError = "none";

        @Override
        public void onData(byte[] data) {
            threads.add(Thread.currentThread());
            bytes.writeBytes(data);
        }

        @Override
        public void onEnd(io.node4j.loop.UvException error) {
            threads.add(Thread.currentThread());
            ends++;
            endError = error;
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
