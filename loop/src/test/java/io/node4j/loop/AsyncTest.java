package io.node4j.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class AsyncTest extends LoopTestBase {

    @Test
    void sendsFromAnotherThreadCoalesceAndTheLastIsAlwaysObserved() throws Exception {
        final int sends = 20_000;
        int[] calls = {0};
        int[] lastSeen = {-1};
        int[] latest = {0};
        Object lock = new Object();
        Async[] async = new Async[1];
        async[0] = new Async(loop, () -> {
            calls[0]++;
            synchronized (lock) {
                lastSeen[0] = latest[0];
            }
            if (lastSeen[0] == sends) {
                async[0].close(null);
            }
        });
        Thread sender = Thread.ofPlatform().start(() -> {
            for (int i = 1; i <= sends; i++) {
                synchronized (lock) {
                    latest[0] = i;
                }
                async[0].send();
            }
        });

        assertFalse(loop.run(RunMode.DEFAULT));
        sender.join();

        assertEquals(sends, lastSeen[0]);
        assertTrue(calls[0] >= 1 && calls[0] <= sends, "calls " + calls[0]);
    }

    @Test
    void sendsBeforeTheLoopRunsCoalesceIntoOneCall() {
        int[] calls = {0};
        Async async = new Async(loop, () -> calls[0]++);
        async.send();
        async.send();
        async.send();

        loop.run(RunMode.NOWAIT);

        assertEquals(1, calls[0]);
        loop.run(RunMode.NOWAIT);
        assertEquals(1, calls[0]);
        closeAll(async);
    }

    @Test
    void sendWakesAPollBlockedWithoutTimeout() throws Exception {
        CountDownLatch polling = new CountDownLatch(1);
        Watcher prepare = new Watcher(loop, Watcher.Phase.PREPARE);
        prepare.start(polling::countDown);
        Thread[] callbackThread = new Thread[1];
        Async[] async = new Async[1];
        async[0] = new Async(loop, () -> {
            callbackThread[0] = Thread.currentThread();
            async[0].close(null);
            prepare.stop();
        });
        assertEquals(-1, loop.backendTimeout());
        Thread sender = Thread.ofPlatform().start(() -> {
            try {
                polling.await();
            } catch (InterruptedException e) {
                return;
            }
            async[0].send();
        });

        loop.run(RunMode.DEFAULT);
        sender.join();

        assertSame(Thread.currentThread(), callbackThread[0]);
        closeAll(prepare);
    }

    @Test
    void sendAfterCloseIsIgnored() {
        int[] calls = {0};
        Async async = new Async(loop, () -> calls[0]++);
        async.close(null);
        async.send();

        loop.run(RunMode.DEFAULT);

        assertEquals(0, calls[0]);
    }

    @Test
    void executeRunsTheTaskOnTheLoopThreadInThePollPhase() throws Exception {
        List<String> log = new ArrayList<>();
        Hold hold = loop.hold(); // execute() alone does not keep the loop alive
        Thread poster = Thread.ofPlatform().start(() -> loop.execute(() -> {
            log.add("task on " + Thread.currentThread().getName());
            hold.release();
        }));

        loop.run(RunMode.DEFAULT);
        poster.join();

        assertEquals(List.of("task on " + Thread.currentThread().getName()), log);
    }

    @Test
    void executedTaskDoesNotKeepTheLoopAlive() {
        int[] runs = {0};
        loop.execute(() -> runs[0]++);

        assertFalse(loop.isAlive());
        assertFalse(loop.run(RunMode.DEFAULT));
        assertEquals(0, runs[0], "not run: the loop had nothing alive");

        Async async = new Async(loop, () -> { });
        loop.run(RunMode.NOWAIT); // any iteration drains the inbox
        assertEquals(1, runs[0]);
        closeAll(async);
    }

    @Test
    void holdKeepsTheLoopAliveUntilAForeignThreadPostsBack() throws Exception {
        Hold hold = loop.hold();
        assertTrue(loop.isAlive());
        assertEquals(1, loop.activeRequests());
        String[] result = new String[1];
        Thread worker = Thread.ofPlatform().start(() -> hold.post(() -> result[0] = "posted"));

        assertFalse(loop.run(RunMode.DEFAULT));
        worker.join();

        assertEquals("posted", result[0]);
        assertTrue(hold.isReleased());
        assertThrows(IllegalStateException.class, () -> hold.post(() -> { }));
    }

    @Test
    void releasingAHoldOnTheLoopThreadTakesEffectAtOnce() {
        Hold hold = loop.hold();
        hold.release();
        hold.release();

        assertFalse(loop.isAlive());
        assertEquals(0, loop.activeRequests());
    }

    @Test
    void tasksRunInSubmissionOrderAndOneThatThrowsDoesNotLoseTheRest() {
        List<Integer> log = new ArrayList<>();
        Hold hold = loop.hold();
        loop.execute(() -> log.add(1));
        loop.execute(() -> {
            throw new IllegalStateException("boom");
        });
        loop.execute(() -> log.add(3));
        loop.execute(hold::release);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> loop.run(RunMode.DEFAULT));
        assertNotNull(e);
        assertEquals(List.of(1), log);
        loop.run(RunMode.DEFAULT);

        assertEquals(List.of(1, 3), log);
        assertTrue(hold.isReleased());
    }

    @Test
    void executeOnAClosedLoopIsRejected() {
        loop.close();
        assertThrows(RejectedExecutionException.class, () -> loop.execute(() -> { }));
    }

    @Test
    void activeAsyncKeepsTheLoopAliveUnlessUnrefd() {
        Async async = new Async(loop, () -> { });
        assertTrue(async.isActive());
        assertTrue(loop.isAlive());
        async.unref();
        assertFalse(loop.isAlive());
        closeAll(async);
    }
}
