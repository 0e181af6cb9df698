package io.node4j.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimerTest extends LoopTestBase {

    @Test
    void timersFireInDueOrderThenStartOrder() {
        List<String> fired = new ArrayList<>();
        Timer a = new Timer(loop);
        Timer b = new Timer(loop);
        Timer c = new Timer(loop);
        Timer d = new Timer(loop);
        a.start(() -> fired.add("a"), 10, 0);
        b.start(() -> fired.add("b"), 5, 0);
        c.start(() -> fired.add("c"), 10, 0);
        d.start(() -> fired.add("d"), 5, 0);

        assertFalse(loop.run(RunMode.DEFAULT));

        assertEquals(List.of("b", "d", "a", "c"), fired);
        closeAll(a, b, c, d);
    }

    @Test
    void waitingForATimerIsPollingAndRunningItsCallbackIsNot() throws Exception {
        // A profiler on another thread reads isPolling() to tell idle time from busy time.
        java.util.concurrent.atomic.AtomicBoolean seenPolling = new java.util.concurrent.atomic.AtomicBoolean();
        List<Boolean> inCallback = new ArrayList<>();
        Thread watcher = new Thread(() -> {
            long end = System.nanoTime() + 2_000_000_000L;
            while (!seenPolling.get() && System.nanoTime() < end) {
                if (loop.isPolling()) {
                    seenPolling.set(true);
                }
            }
        });
        Timer t = new Timer(loop);
        t.start(() -> inCallback.add(loop.isPolling()), 100, 0);
        watcher.start();
        assertFalse(loop.run(RunMode.DEFAULT));
        watcher.join();
        assertTrue(seenPolling.get(), "the wait for the timer was not seen as polling");
        assertEquals(List.of(false), inCallback);
        assertFalse(loop.isPolling());
        closeAll(t);
    }

    @Test
    void restartingATimerMovesItBehindTimersDueAtTheSameTime() {
        List<String> fired = new ArrayList<>();
        Timer a = new Timer(loop);
        Timer b = new Timer(loop);
        a.start(() -> fired.add("a"), 0, 0);
        b.start(() -> fired.add("b"), 0, 0);
        a.start(() -> fired.add("a"), 0, 0);

        loop.run(RunMode.DEFAULT);

        assertEquals(List.of("b", "a"), fired);
        closeAll(a, b);
    }

    @Test
    void zeroTimeoutTimerStartedInATimerCallbackRunsInTheNextIteration() {
        List<String> fired = new ArrayList<>();
        Timer first = new Timer(loop);
        Timer second = new Timer(loop);
        first.start(() -> {
            fired.add("first");
            second.start(() -> fired.add("second"), 0, 0);
        }, 0, 0);

        assertTrue(loop.run(RunMode.ONCE), "second timer still armed");
        assertEquals(List.of("first"), fired);

        assertFalse(loop.run(RunMode.ONCE));
        assertEquals(List.of("first", "second"), fired);
        closeAll(first, second);
    }

    @Test
    void zeroTimeoutTimerStartedInATimerCallbackRunsOneIterationLater() {
        List<Long> iterationOf = new ArrayList<>();
        Timer first = new Timer(loop);
        Timer second = new Timer(loop);
        first.start(() -> {
            iterationOf.add(loop.metrics().iterations());
            second.start(() -> iterationOf.add(loop.metrics().iterations()), 0, 0);
        }, 0, 0);

        loop.run(RunMode.DEFAULT);

        assertEquals(2, iterationOf.size());
        assertEquals(iterationOf.get(0) + 1, iterationOf.get(1));
        closeAll(first, second);
    }

    @Test
    void repeatingTimerFiresUntilStopped() {
        Timer t = new Timer(loop);
        int[] count = {0};
        t.start(() -> {
            if (++count[0] == 3) {
                t.stop();
            }
        }, 1, 1);

        assertFalse(loop.run(RunMode.DEFAULT));

        assertEquals(3, count[0]);
        assertFalse(t.isActive());
        assertEquals(1, t.getRepeat());
        closeAll(t);
    }

    @Test
    void againRestartsARepeatingTimerWithItsRepeatAsTimeout() {
        Timer t = new Timer(loop);
        int[] count = {0};
        t.start(() -> {
            count[0]++;
            t.stop();
        }, 3_600_000, 1);
        assertTrue(t.dueIn() > 1000);

        t.again();

        assertTrue(t.dueIn() <= 1, "due in " + t.dueIn());
        loop.run(RunMode.DEFAULT);
        assertEquals(1, count[0]);
        closeAll(t);
    }

    @Test
    void againLeavesANonRepeatingTimerAlone() {
        Timer t = new Timer(loop);
        t.start(() -> { }, 3_600_000, 0);
        long before = t.dueIn();

        t.again();

        assertTrue(t.isActive());
        assertEquals(before, t.dueIn());
        closeAll(t);
    }

    @Test
    void againOnANeverStartedTimerIsEinval() {
        Timer t = new Timer(loop);
        UvException e = assertThrows(UvException.class, t::again);
        assertEquals(Errno.EINVAL, e.errno());
        closeAll(t);
    }

    @Test
    void setRepeatInACallbackTakesEffectAfterTheNextFiring() {
        // libuv re-arms a repeating timer before calling its callback, so a repeat changed inside the
        // callback applies from the following firing on.
        Timer t = new Timer(loop);
        int[] count = {0};
        t.start(() -> {
            if (++count[0] == 1) {
                t.setRepeat(0);
            }
        }, 0, 1);

        assertFalse(loop.run(RunMode.DEFAULT));

        assertEquals(2, count[0]);
        assertEquals(0, t.getRepeat());
        closeAll(t);
    }

    @Test
    void stoppedTimerDoesNotFireAndCanBeRestarted() {
        Timer t = new Timer(loop);
        List<String> fired = new ArrayList<>();
        t.start(() -> fired.add("first"), 0, 0);
        t.stop();
        assertFalse(t.isActive());
        assertFalse(loop.run(RunMode.DEFAULT));
        assertEquals(List.of(), fired);

        t.start(() -> fired.add("second"), 0, 0);
        loop.run(RunMode.DEFAULT);

        assertEquals(List.of("second"), fired);
        closeAll(t);
    }

    @Test
    void stoppingADueTimerFromAnEarlierCallbackInTheSamePhaseCancelsIt() {
        Timer a = new Timer(loop);
        Timer b = new Timer(loop);
        List<String> fired = new ArrayList<>();
        a.start(() -> {
            fired.add("a");
            b.stop();
        }, 0, 0);
        b.start(() -> fired.add("b"), 0, 0);

        loop.run(RunMode.DEFAULT);

        assertEquals(List.of("a"), fired);
        closeAll(a, b);
    }

    @Test
    void dueInCountsDownFromTheTimeout() {
        Timer t = new Timer(loop);
        assertEquals(0, t.dueIn());
        t.start(() -> { }, 5000, 0);
        assertEquals(5000, t.dueIn());
        closeAll(t);
        assertEquals(0, t.dueIn());
    }

    @Test
    void negativeTimeoutIsEinval() {
        Timer t = new Timer(loop);
        UvException e = assertThrows(UvException.class, () -> t.start(() -> { }, -1, 0));
        assertEquals(Errno.EINVAL, e.errno());
        closeAll(t);
    }

    @Test
    void exceptionInATimerCallbackPropagatesAndTheOtherDueTimersStillFire() {
        Timer a = new Timer(loop);
        Timer b = new Timer(loop);
        List<String> fired = new ArrayList<>();
        a.start(() -> {
            throw new IllegalStateException("boom");
        }, 0, 0);
        b.start(() -> fired.add("b"), 0, 0);

        assertThrows(IllegalStateException.class, () -> loop.run(RunMode.DEFAULT));
        assertTrue(b.isActive(), "b is re-armed");
        loop.run(RunMode.DEFAULT);

        assertEquals(List.of("b"), fired);
        closeAll(a, b);
    }
}
