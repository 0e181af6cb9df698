package io.node4j.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadRulesTest extends LoopTestBase {

    /** Runs {@code action} on another thread and returns what it threw. */
    private static Throwable thrownOnAnotherThread(String name, Runnable action) throws InterruptedException {
        Throwable[] caught = new Throwable[1];
        Thread t = Thread.ofPlatform().name(name).start(() -> {
            try {
                action.run();
            } catch (Throwable e) {
                caught[0] = e;
            }
        });
        t.join();
        return caught[0];
    }

    @Test
    void loopMethodsFromAnotherThreadThrowNamingBothThreads() throws Exception {
        Throwable e = thrownOnAnotherThread("intruder", () -> loop.run(RunMode.NOWAIT));

        IllegalStateException ise = assertInstanceOf(IllegalStateException.class, e);
        assertEquals("run called from thread intruder, loop runs on " + Thread.currentThread().getName(),
                ise.getMessage());
    }

    @Test
    void everyMutatingMethodChecksTheThread() throws Exception {
        Timer timer = new Timer(loop);
        Watcher idle = new Watcher(loop, Watcher.Phase.IDLE);
        Async async = new Async(loop, () -> { });
        List<Runnable> misuses = List.of(
                () -> new Timer(loop),
                () -> timer.start(() -> { }, 1, 0),
                timer::stop,
                timer::unref,
                timer::ref,
                () -> timer.close(null),
                () -> idle.start(() -> { }),
                idle::stop,
                loop::stop,
                loop::updateTime,
                loop::hold,
                loop::close,
                () -> loop.deferToPending(() -> { }),
                () -> loop.queueWork(() -> null, null),
                loop::handles);
        List<Integer> notRejected = new ArrayList<>();
        for (int i = 0; i < misuses.size(); i++) {
            if (!(thrownOnAnotherThread("intruder", misuses.get(i)) instanceof IllegalStateException)) {
                notRejected.add(i);
            }
        }

        assertEquals(List.of(), notRejected, "misuses (by index) that were not rejected");
        assertTrue(timer.hasRef());
        closeAll(timer, idle, async);
    }

    @Test
    void crossThreadEntryPointsWorkFromAnotherThread() throws Exception {
        Async async = new Async(loop, () -> { });
        Hold hold = loop.hold();
        int[] ran = {0};

        Throwable e = thrownOnAnotherThread("friend", () -> {
            async.send();
            loop.execute(() -> ran[0]++);
            assertNotNull(loop.metrics());
            hold.release();
        });

        assertEquals(null, e);
        closeAll(async); // the run also drains the inbox
        assertEquals(1, ran[0]);
        assertEquals(0, loop.activeRequests());
    }
}
