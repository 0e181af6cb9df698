package io.node4j.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandleTest extends LoopTestBase {

    @Test
    void unrefdActiveHandleDoesNotKeepTheLoopAlive() {
        Timer t = new Timer(loop);
        int[] fired = {0};
        t.start(() -> fired[0]++, 3_600_000, 0);
        t.unref();

        assertFalse(loop.isAlive());
        assertFalse(loop.run(RunMode.DEFAULT));

        assertTrue(t.isActive());
        assertFalse(t.hasRef());
        assertEquals(0, fired[0]);
        closeAll(t);
    }

    @Test
    void refCountsOnlyWhileActive() {
        Timer t = new Timer(loop);
        t.unref();
        t.start(() -> { }, 3_600_000, 0);
        assertEquals(0, loop.activeHandles());

        t.ref();
        t.ref(); // idempotent
        assertEquals(1, loop.activeHandles());
        assertTrue(loop.isAlive());

        t.stop();
        assertEquals(0, loop.activeHandles());
        t.unref();
        t.start(() -> { }, 3_600_000, 0);
        assertEquals(0, loop.activeHandles());
        closeAll(t);
    }

    @Test
    void closeCallbackRunsInTheClosePhaseAfterCheckExactlyOnce() {
        List<String> log = new ArrayList<>();
        Watcher check = new Watcher(loop, Watcher.Phase.CHECK);
        check.start(() -> log.add("check"));
        Timer t = new Timer(loop);
        t.start(() -> { }, 3_600_000, 0);
        t.close(() -> log.add("close"));
        assertTrue(t.isClosing());
        assertFalse(t.isClosed());

        loop.run(RunMode.NOWAIT);
        assertEquals(List.of("check", "close"), log);
        assertTrue(t.isClosed());

        loop.run(RunMode.NOWAIT);
        assertEquals(List.of("check", "close", "check"), log);
        closeAll(check);
    }

    @Test
    void closingAHandleStopsIt() {
        Timer t = new Timer(loop);
        int[] fired = {0};
        t.start(() -> fired[0]++, 0, 0);

        t.close(null);

        assertFalse(t.isActive());
        assertEquals(0, loop.activeHandles());
        loop.run(RunMode.DEFAULT);
        assertEquals(0, fired[0]);
    }

    @Test
    void closingTwiceThrows() {
        Timer t = new Timer(loop);
        t.close(null);

        assertThrows(IllegalStateException.class, () -> t.close(null));
        loop.run(RunMode.DEFAULT);
        assertThrows(IllegalStateException.class, () -> t.close(null));
    }

    @Test
    void aClosingHandleKeepsTheLoopAliveUntilItsCloseCallback() {
        Timer t = new Timer(loop);
        t.close(null);

        assertTrue(loop.isAlive());
        assertEquals(0, loop.backendTimeout());
        assertFalse(loop.run(RunMode.ONCE));
        assertTrue(t.isClosed());
    }

    @Test
    void closeCallbacksOfOneClosePhaseRunNewestFirstAsInLibuv() {
        List<String> log = new ArrayList<>();
        Timer a = new Timer(loop);
        Timer b = new Timer(loop);
        a.close(() -> log.add("a"));
        b.close(() -> log.add("b"));

        loop.run(RunMode.DEFAULT);

        assertEquals(List.of("b", "a"), log);
    }

    @Test
    void handleClosedFromACloseCallbackClosesInTheNextIteration() {
        List<Long> iterationOf = new ArrayList<>();
        Timer a = new Timer(loop);
        Timer b = new Timer(loop);
        a.close(() -> {
            iterationOf.add(loop.metrics().iterations());
            b.close(() -> iterationOf.add(loop.metrics().iterations()));
        });

        loop.run(RunMode.DEFAULT);

        assertEquals(List.of(1L, 2L), iterationOf);
    }

    @Test
    void startingAClosingHandleIsEinval() {
        Timer t = new Timer(loop);
        t.close(null);

        UvException e = assertThrows(UvException.class, () -> t.start(() -> { }, 0, 0));
        assertEquals(Errno.EINVAL, e.errno());
        loop.run(RunMode.DEFAULT);
    }

    @Test
    void loopCloseWithAnOpenHandleFailsWithEbusy() {
        Timer t = new Timer(loop);

        UvException e = assertThrows(UvException.class, loop::close);
        assertEquals(Errno.EBUSY, e.errno());
        assertFalse(loop.isClosed());

        t.close(null);
        // still closing: its close callback has not run
        assertEquals(Errno.EBUSY, assertThrows(UvException.class, loop::close).errno());
        loop.run(RunMode.DEFAULT);
    }

    @Test
    void handlesListsTheLiveHandlesLikeUvWalk() {
        Timer t = new Timer(loop);
        Watcher idle = new Watcher(loop, Watcher.Phase.IDLE);
        Async async = new Async(loop, () -> { });

        assertEquals(List.of(t, idle, async), loop.handles());

        idle.close(null);
        assertEquals(List.of(t, idle, async), loop.handles(), "closing handles are still listed");
        loop.run(RunMode.NOWAIT);
        assertEquals(List.of(t, async), loop.handles());
        closeAll(t, async);
    }

    @Test
    void usingAClosedLoopThrows() {
        loop.close();

        assertTrue(loop.isClosed());
        assertThrows(IllegalStateException.class, () -> new Timer(loop));
        assertThrows(IllegalStateException.class, () -> loop.run(RunMode.DEFAULT));
        loop.close(); // idempotent
    }
}
