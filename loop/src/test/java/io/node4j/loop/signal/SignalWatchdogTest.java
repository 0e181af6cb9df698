package io.node4j.loop.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.node4j.loop.Loop;
import io.node4j.loop.RunMode;
import io.node4j.loop.UvException;
import io.node4j.loop.process.ChildProcess;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Watchdogs take a signal from the loops while started (node:vm's breakOnSigint). Only SIGWINCH
 * (default: ignored) is raised, so a late signal cannot end the test JVM.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SignalWatchdogTest {
    private static final long SELF = ProcessHandle.current().pid();
    private Loop loop;

    @BeforeEach
    void createLoop() {
        loop = new Loop();
    }

    @AfterEach
    void closeLoop() {
        assertEquals(List.of(), loop.handles(), "leaked handles");
        loop.close();
        assertFalse(SignalRegistry.isInstalled(Signals.SIGWINCH), "the handler before is back");
    }

    private static void raise() {
        ChildProcess.kill(SELF, Signals.SIGWINCH);
    }

    @Test
    void aStartedWatchdogGetsTheSignalOnTheSignalThread() throws Exception {
        CountDownLatch fired = new CountDownLatch(1);
        List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
        try (SignalWatchdog w = SignalWatchdog.start(Signals.SIGWINCH, () -> {
            threads.add(Thread.currentThread());
            fired.countDown();
        })) {
            assertTrue(SignalRegistry.isInstalled(Signals.SIGWINCH));
            raise();
            assertTrue(fired.await(10, TimeUnit.SECONDS));
        }
        assertNotSame(Thread.currentThread(), threads.get(0));
    }

    @Test
    void handlesDoNotSeeASignalAWatchdogTook() throws Exception {
        Signal handle = new Signal(loop);
        List<String> got = new ArrayList<>();
        handle.start(Signals.SIGWINCH, n -> {
            got.add("handle");
            handle.close(null);
        });
        CountDownLatch fired = new CountDownLatch(1);
        try (SignalWatchdog w = SignalWatchdog.start(Signals.SIGWINCH, fired::countDown)) {
            raise();
            assertTrue(fired.await(10, TimeUnit.SECONDS));
            loop.run(RunMode.NOWAIT);
            assertEquals(List.of(), got, "taken by the watchdog");
        }
        raise(); // the watchdog closed: the handle has the signal again
        loop.run(RunMode.DEFAULT);
        assertEquals(List.of("handle"), got);
    }

    @Test
    void aWatchdogStartedUnlessHandledYieldsToStartedHandles() throws Exception {
        List<String> got = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch fired = new CountDownLatch(1);
        try (SignalWatchdog w = SignalWatchdog.startUnlessHandled(Signals.SIGWINCH, () -> {
            got.add("watchdog");
            fired.countDown();
        })) {
            Signal handle = new Signal(loop);
            handle.start(Signals.SIGWINCH, n -> {
                got.add("handle");
                handle.close(null);
            });
            raise();
            loop.run(RunMode.DEFAULT);
            assertEquals(List.of("handle"), got, "a listener wins");
            raise(); // the handle closed: nobody else listens, so the watchdog gets it
            assertTrue(fired.await(10, TimeUnit.SECONDS));
            assertEquals(List.of("handle", "watchdog"), got);
        }
    }

    @Test
    void theInnermostWatchdogTakesItThenTheOuterAgain() throws Exception {
        List<String> got = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch inner = new CountDownLatch(1);
        CountDownLatch outer = new CountDownLatch(1);
        try (SignalWatchdog o = SignalWatchdog.start(Signals.SIGWINCH, () -> {
            got.add("outer");
            outer.countDown();
        })) {
            try (SignalWatchdog i = SignalWatchdog.start(Signals.SIGWINCH, () -> {
                got.add("inner");
                inner.countDown();
            })) {
                raise();
                assertTrue(inner.await(10, TimeUnit.SECONDS));
            }
            raise();
            assertTrue(outer.await(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of("inner", "outer"), got);
    }

    @Test
    void closingTwiceIsHarmlessAndBadSignalsAreRefused() {
        SignalWatchdog w = SignalWatchdog.start(Signals.SIGWINCH, () -> { });
        w.close();
        w.close();
        assertThrows(UvException.class, () -> SignalWatchdog.start(Signals.SIGKILL, () -> { }));
        assertThrows(UvException.class, () -> SignalWatchdog.start(0, () -> { }));
    }
}
