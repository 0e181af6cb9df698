package io.node4j.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopPhaseTest extends LoopTestBase {

    /** Each watcher logs its phase name once, then stops. */
    private Watcher once(Watcher.Phase phase, List<String> log) {
        Watcher w = new Watcher(loop, phase);
        w.start(() -> {
            log.add(phase.name().toLowerCase(java.util.Locale.ROOT));
            w.stop();
        });
        return w;
    }

    @Test
    void phasesRunInLibuvOrderWithinOneIteration() {
        List<String> log = new ArrayList<>();
        Timer timer = new Timer(loop);
        timer.start(() -> log.add("timer"), 0, 0);
        loop.deferToPending(() -> log.add("pending"));
        Watcher idle = once(Watcher.Phase.IDLE, log);
        Watcher prepare = once(Watcher.Phase.PREPARE, log);
        Watcher check = once(Watcher.Phase.CHECK, log);
        Async[] async = new Async[1];
        async[0] = new Async(loop, () -> {
            log.add("poll");
            async[0].close(() -> log.add("close"));
        });
        async[0].send();

        assertFalse(loop.run(RunMode.DEFAULT));

        assertEquals(List.of("timer", "pending", "idle", "prepare", "poll", "check", "close"), log);
        assertEquals(1, loop.metrics().iterations());
        closeAll(timer, idle, prepare, check);
    }

    @Test
    void timersDueDuringAnIterationRunAtItsEndAfterClosePhase() {
        List<String> log = new ArrayList<>();
        Timer timer = new Timer(loop);
        Timer closing = new Timer(loop);
        timer.start(() -> log.add("timer"), 0, 0);
        closing.close(() -> log.add("close"));

        loop.run(RunMode.ONCE);

        assertEquals(List.of("close", "timer"), log);
        closeAll(timer);
    }

    @Test
    void runOnceDoesOneIterationAndReportsWhetherAlive() {
        Watcher check = new Watcher(loop, Watcher.Phase.CHECK);
        int[] runs = {0};
        check.start(() -> runs[0]++);
        Timer keepAlive = new Timer(loop);
        keepAlive.start(() -> { }, 0, 0);

        // The due timer makes the poll phase non-blocking, then fires at the end.
        assertTrue(loop.run(RunMode.ONCE), "check watcher still active");
        assertEquals(1, runs[0]);
        assertFalse(keepAlive.isActive());
        closeAll(check, keepAlive);
    }

    @Test
    void runOnceBlocksInPollUntilTheNextTimer() {
        Timer t = new Timer(loop);
        int[] fired = {0};
        t.start(() -> fired[0]++, 20, 0);

        assertFalse(loop.run(RunMode.ONCE));

        assertEquals(1, fired[0]);
        assertTrue(loop.now() >= 20, "now " + loop.now());
        closeAll(t);
    }

    @Test
    void runNoWaitDoesOneIterationWithoutBlocking() {
        Timer t = new Timer(loop);
        int[] fired = {0};
        t.start(() -> fired[0]++, 3_600_000, 0);
        Watcher check = new Watcher(loop, Watcher.Phase.CHECK);
        int[] checks = {0};
        check.start(() -> checks[0]++);

        assertTrue(loop.run(RunMode.NOWAIT));

        assertEquals(1, checks[0]);
        assertEquals(0, fired[0]);
        assertEquals(1, loop.metrics().iterations());
        closeAll(t, check);
    }

    @Test
    void stopEndsRunAfterTheCurrentIteration() {
        Watcher check = new Watcher(loop, Watcher.Phase.CHECK);
        Watcher idle = new Watcher(loop, Watcher.Phase.IDLE);
        int[] checks = {0};
        idle.start(() -> { });
        check.start(() -> {
            if (++checks[0] == 3) {
                loop.stop();
            }
        });

        assertTrue(loop.run(RunMode.DEFAULT), "handles still active");
        assertEquals(3, checks[0]);

        // the stop request is consumed: the next run iterates again
        assertTrue(loop.run(RunMode.NOWAIT));
        assertEquals(4, checks[0]);
        closeAll(check, idle);
    }

    @Test
    void stopBeforeRunMakesRunReturnWithoutIterating() {
        Timer t = new Timer(loop);
        t.start(() -> { }, 3_600_000, 0);
        loop.stop();
        assertEquals(0, loop.backendTimeout());

        assertTrue(loop.run(RunMode.DEFAULT));

        assertEquals(0, loop.metrics().iterations());
        closeAll(t);
    }

    @Test
    void activeIdleWatcherMakesThePollTimeoutZero() {
        Timer far = new Timer(loop);
        far.start(() -> { }, 3_600_000, 0);
        assertTrue(loop.backendTimeout() > 3_000_000);
        Watcher idle = new Watcher(loop, Watcher.Phase.IDLE);
        idle.start(() -> { });

        assertEquals(0, loop.backendTimeout());
        long start = System.nanoTime();
        assertTrue(loop.run(RunMode.ONCE));
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "ONCE did not block on the hour timer");

        idle.stop();
        assertTrue(loop.backendTimeout() > 3_000_000);
        closeAll(far, idle);
    }

    @Test
    void pollTimeoutIsTheTimeToTheNextTimerOrUnlimited() {
        Async async = new Async(loop, () -> { });
        assertEquals(-1, loop.backendTimeout(), "an active handle and no timer: wait without limit");
        Timer t = new Timer(loop);
        t.start(() -> { }, 5000, 0);
        assertEquals(5000, loop.backendTimeout());
        async.close(null);
        t.close(null);
        assertEquals(0, loop.backendTimeout());
        loop.run(RunMode.DEFAULT);
    }

    @Test
    void watcherStartedDuringItsOwnPhaseFirstRunsInTheNextIteration() {
        // IDLE, so that the poll phase between the two iterations does not block
        List<String> log = new ArrayList<>();
        Watcher second = new Watcher(loop, Watcher.Phase.IDLE);
        Watcher first = new Watcher(loop, Watcher.Phase.IDLE);
        first.start(() -> {
            log.add("first@" + loop.metrics().iterations());
            first.stop();
            second.start(() -> {
                log.add("second@" + loop.metrics().iterations());
                second.stop();
            });
        });

        loop.run(RunMode.DEFAULT);

        assertEquals(List.of("first@0", "second@1"), log); // idle runs before poll counts the iteration
        closeAll(first, second);
    }

    @Test
    void watcherStoppedByAnEarlierWatcherOfTheSamePhaseIsNotCalled() {
        List<String> log = new ArrayList<>();
        Watcher a = new Watcher(loop, Watcher.Phase.PREPARE);
        Watcher b = new Watcher(loop, Watcher.Phase.PREPARE);
        // newest first: b runs before a
        a.start(() -> log.add("a"));
        b.start(() -> {
            log.add("b");
            a.stop();
            b.stop();
        });

        loop.run(RunMode.DEFAULT);

        assertEquals(List.of("b"), log);
        closeAll(a, b);
    }

    @Test
    void pendingCallbacksKeepTheLoopAliveAndRunInThePendingPhase() {
        List<String> log = new ArrayList<>();
        loop.deferToPending(() -> log.add("pending"));
        assertTrue(loop.isAlive());

        assertFalse(loop.run(RunMode.DEFAULT));

        assertEquals(List.of("pending"), log);
    }

    @Test
    void callbackDeferredDuringThePendingPhaseRunsAfterPollInTheSameIteration() {
        List<String> log = new ArrayList<>();
        Watcher prepare = once(Watcher.Phase.PREPARE, log);
        Watcher check = once(Watcher.Phase.CHECK, log);
        loop.deferToPending(() -> {
            log.add("pending1");
            loop.deferToPending(() -> log.add("pending2"));
        });

        loop.run(RunMode.ONCE);

        assertEquals(List.of("pending1", "prepare", "pending2", "check"), log);
        closeAll(prepare, check);
    }

    @Test
    void pendingCallbacksThatKeepDeferringCannotStarveTheOtherPhases() {
        int[] runs = {0};
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            if (++runs[0] < 100) {
                loop.deferToPending(self[0]);
            }
        };
        loop.deferToPending(self[0]);
        Watcher check = new Watcher(loop, Watcher.Phase.CHECK);
        int[] checks = {0};
        check.start(() -> checks[0]++);

        loop.run(RunMode.ONCE);
        assertEquals(1 + Loop.PENDING_ROUNDS_AFTER_POLL, runs[0]);
        assertEquals(1, checks[0]);

        check.stop();
        loop.run(RunMode.DEFAULT);
        assertEquals(100, runs[0]);
        closeAll(check);
    }

    @Test
    void runOnAnEmptyLoopReturnsFalseAtOnce() {
        assertFalse(loop.isAlive());
        assertFalse(loop.run(RunMode.DEFAULT));
        assertFalse(loop.run(RunMode.ONCE));
        assertFalse(loop.run(RunMode.NOWAIT));
        assertEquals(0, loop.metrics().iterations());
    }

    @Test
    void runIsNotReentrant() {
        Timer t = new Timer(loop);
        Throwable[] caught = new Throwable[1];
        t.start(() -> {
            try {
                loop.run(RunMode.NOWAIT);
            } catch (IllegalStateException e) {
                caught[0] = e;
            }
        }, 0, 0);

        loop.run(RunMode.DEFAULT);

        assertTrue(caught[0] instanceof IllegalStateException);
        closeAll(t);
    }

    @Test
    void nowAdvancesWithTheLoopAndHrtimeIsMonotonic() {
        // The cached time is refreshed first: a timer counts from it, and it may be older than h1 (it
        // was a flake when the loop had been made a few milliseconds earlier).
        loop.updateTime();
        long h1 = Loop.hrtime();
        long before = loop.now();
        Timer t = new Timer(loop);
        t.start(() -> { }, 15, 0);
        loop.run(RunMode.DEFAULT);
        assertTrue(loop.now() >= before + 15, "now " + loop.now());
        // now is whole milliseconds (truncated): the timer may fire up to 1 ms before 15 ms of hrtime.
        assertTrue(Loop.hrtime() - h1 >= 14_000_000L, "elapsed " + (Loop.hrtime() - h1));
        closeAll(t);
    }

    @Test
    void metricsCountIterationsAndIdleTimeInPoll() {
        Timer t = new Timer(loop);
        t.start(() -> { }, 30, 0);

        loop.run(RunMode.DEFAULT);

        LoopMetrics m = loop.metrics();
        assertTrue(m.iterations() >= 1);
        assertTrue(m.idleTimeNanos() > 0, "waited for the timer in poll");
        closeAll(t);
    }
}
