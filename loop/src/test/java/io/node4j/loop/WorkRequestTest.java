package io.node4j.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkRequestTest extends LoopTestBase {
    private ThreadPool pool;

    @Override
    protected Loop newLoop() {
        pool = new ThreadPool(1, "work-test-");
        return new Loop(pool);
    }

    @AfterEach
    void shutdownPool() {
        pool.shutdown();
    }

    @Test
    void afterWorkGetsTheResultOnTheLoopThread() {
        Thread[] threads = new Thread[2];
        Object[] got = new Object[2];
        WorkRequest<String> req = loop.queueWork(() -> {
            threads[0] = Thread.currentThread();
            return "result";
        }, (result, error) -> {
            threads[1] = Thread.currentThread();
            got[0] = result;
            got[1] = error;
        });
        assertFalse(req.isFinished());

        assertFalse(loop.run(RunMode.DEFAULT));

        assertTrue(req.isFinished());
        assertEquals("result", got[0]);
        assertNull(got[1]);
        assertTrue(threads[0] != Thread.currentThread());
        assertSame(Thread.currentThread(), threads[1]);
    }

    @Test
    void pendingWorkKeepsTheLoopAlive() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        int[] done = {0};
        loop.queueWork(() -> {
            release.await();
            return null;
        }, (r, e) -> done[0]++);

        assertTrue(loop.isAlive());
        assertEquals(1, loop.activeRequests());
        assertEquals(-1, loop.backendTimeout(), "waits without limit for the completion");
        assertTrue(loop.run(RunMode.NOWAIT), "work not finished: still alive");

        release.countDown();
        assertFalse(loop.run(RunMode.DEFAULT));
        assertEquals(1, done[0]);
        assertEquals(0, loop.activeRequests());
    }

    @Test
    void cancellingAQueuedRequestGivesEcanceledInThePollPhase() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        loop.queueWork(() -> {
            started.countDown();
            release.await();
            return null;
        }, null);
        boolean[] ran = {false};
        Object[] got = {"unset", "unset"};
        WorkRequest<String> queued = loop.queueWork(() -> {
            ran[0] = true;
            return "ran";
        }, (result, error) -> {
            got[0] = result;
            got[1] = error;
        });
        assertTrue(started.await(20, TimeUnit.SECONDS)); // the only worker is busy: 'queued' waits

        assertTrue(queued.cancel());
        assertEquals("unset", got[0], "after-work is not called inside cancel()");
        assertFalse(queued.cancel(), "second cancel");

        release.countDown();
        loop.run(RunMode.DEFAULT);

        assertFalse(ran[0]);
        assertNull(got[0]);
        UvException e = assertInstanceOf(UvException.class, got[1]);
        assertEquals(Errno.ECANCELED, e.errno());
        assertEquals(0, loop.activeRequests());
    }

    @Test
    void cancellingARunningOrFinishedRequestFails() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Object[] got = new Object[2];
        WorkRequest<String> running = loop.queueWork(() -> {
            started.countDown();
            release.await();
            return "ok";
        }, (r, e) -> {
            got[0] = r;
            got[1] = e;
        });
        assertTrue(started.await(20, TimeUnit.SECONDS));

        assertFalse(running.cancel());
        release.countDown();
        loop.run(RunMode.DEFAULT);
        assertFalse(running.cancel());

        assertEquals("ok", got[0]);
        assertNull(got[1]);
    }

    @Test
    void uvExceptionThrownByWorkReachesAfterWorkUnchanged() {
        UvException thrown = new UvException(Errno.ENOENT, "open", "/nope");
        Object[] got = new Object[1];
        loop.queueWork(() -> {
            throw thrown;
        }, (r, e) -> got[0] = e);

        loop.run(RunMode.DEFAULT);

        assertSame(thrown, got[0]);
    }

    @Test
    void anyOtherThrowableFromWorkReachesAfterWorkAndThePoolSurvives() {
        List<Object> got = new ArrayList<>();
        IOException checked = new IOException("disk");
        StackOverflowError error = new StackOverflowError("deep");
        loop.queueWork(() -> {
            throw checked;
        }, (r, e) -> got.add(e));
        loop.queueWork(() -> {
            throw error;
        }, (r, e) -> got.add(e));
        loop.queueWork(() -> "still working", (r, e) -> got.add(r));

        loop.run(RunMode.DEFAULT);

        assertEquals(List.of(checked, error, "still working"), got);
    }

    @Test
    void exceptionFromAfterWorkPropagatesOutOfRunAndOtherCompletionsSurvive() {
        List<String> got = new ArrayList<>();
        loop.queueWork(() -> {
            return "a";
        }, (r, e) -> {
            throw new IllegalStateException("after-work failed");
        });
        loop.queueWork(() -> {
            return "b";
        }, (r, e) -> got.add(r));

        try {
            loop.run(RunMode.DEFAULT);
        } catch (IllegalStateException expected) {
            loop.run(RunMode.DEFAULT);
        }

        assertEquals(List.of("b"), got);
        assertEquals(0, loop.activeRequests());
    }
}
