package io.node4j.loop.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.node4j.loop.Errno;
import io.node4j.loop.Handle;
import io.node4j.loop.Loop;
import io.node4j.loop.RunMode;
import io.node4j.loop.UvException;
import io.node4j.loop.process.ChildProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Signals are raised to this JVM with kill(1). Only SIGWINCH (default: ignored) and SIGUSR1 (while a
 * handle is started) are sent, so a stray or late signal can never kill the test JVM.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SignalTest {
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
        assertFalse(SignalRegistry.isInstalled(Signals.SIGWINCH));
        assertFalse(SignalRegistry.isInstalled(Signals.SIGUSR1));
    }

    private void closeAll(Handle... handles) {
        for (Handle h : handles) {
            if (!h.isClosing()) {
                h.close(null);
            }
        }
        loop.run(RunMode.DEFAULT);
    }

    private static void raise(int signum) {
        ChildProcess.kill(SELF, signum);
    }

    @Test
    void aSignalReachesTheCallbackOnTheLoopThread() {
        Signal winch = new Signal(loop);
        List<Integer> got = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        winch.start(Signals.SIGWINCH, n -> {
            got.add(n);
            threads.add(Thread.currentThread());
            winch.stop();
        });
        assertTrue(winch.isActive());
        assertEquals(Signals.SIGWINCH, winch.signum());
        raise(Signals.SIGWINCH);
        assertFalse(loop.run(RunMode.DEFAULT)); // the started handle keeps the loop waiting for it
        assertEquals(List.of(Signals.SIGWINCH), got);
        assertSame(Thread.currentThread(), threads.get(0));
        assertEquals(0, winch.signum());
        closeAll(winch);
    }

    @Test
    void aSignalSentToSelfIsWithTheLoopWhenKillReturns() {
        // kill(2) of a process to itself runs the handler before returning; the JVM runs ours on a thread
        // it starts later, so kill waits for it: a non-blocking turn right after must see the signal.
        Signal winch = new Signal(loop);
        List<Integer> got = new ArrayList<>();
        winch.start(Signals.SIGWINCH, got::add);
        for (int i = 1; i <= 20; i++) {
            raise(Signals.SIGWINCH);
            loop.run(RunMode.NOWAIT);
            assertEquals(i, got.size(), "signal " + i + " not there after kill returned");
        }
        closeAll(winch);
    }

    @Test
    void sigusr1CanBeWatched() {
        Signal usr1 = new Signal(loop);
        List<Integer> got = new ArrayList<>();
        usr1.start(Signals.SIGUSR1, n -> {
            got.add(n);
            usr1.close(null);
        });
        raise(Signals.SIGUSR1);
        loop.run(RunMode.DEFAULT);
        assertEquals(List.of(Signals.SIGUSR1), got);
    }

    @Test
    void everyHandleOnEveryLoopGetsTheSignal() throws Exception {
        CountDownLatch otherStarted = new CountDownLatch(1);
        AtomicReference<Object> otherResult = new AtomicReference<>();
        Thread other = Thread.ofPlatform().name("other-loop").start(() -> {
            try (Loop second = new Loop()) {
                Signal h = new Signal(second);
                List<String> got = new ArrayList<>();
                h.start(Signals.SIGWINCH, n -> {
                    got.add(Thread.currentThread().getName() + ":" + n);
                    h.close(null);
                });
                otherStarted.countDown();
                second.run(RunMode.DEFAULT);
                otherResult.set(got);
            } catch (Throwable t) {
                otherResult.set(t);
                otherStarted.countDown();
            }
        });
        assertTrue(otherStarted.await(10, TimeUnit.SECONDS));
        Signal a = new Signal(loop);
        Signal b = new Signal(loop);
        List<String> got = new ArrayList<>();
        a.start(Signals.SIGWINCH, n -> {
            got.add("a");
            a.stop();
        });
        b.start(Signals.SIGWINCH, n -> {
            got.add("b");
            b.stop();
        });
        raise(Signals.SIGWINCH);
        loop.run(RunMode.DEFAULT);
        other.join(10_000);
        assertEquals(List.of("a", "b"), got);
        assertEquals(List.of("other-loop:" + Signals.SIGWINCH), otherResult.get());
        closeAll(a, b);
    }

    @Test
    void oneShotStopsBeforeTheCallback() {
        Signal h = new Signal(loop);
        List<Boolean> activeInCallback = new ArrayList<>();
        h.startOneShot(Signals.SIGWINCH, n -> activeInCallback.add(h.isActive()));
        raise(Signals.SIGWINCH);
        assertFalse(loop.run(RunMode.DEFAULT));
        assertEquals(List.of(false), activeInCallback);
        assertFalse(SignalRegistry.isInstalled(Signals.SIGWINCH));
        closeAll(h);
    }

    @Test
    void anUnreferencedHandleDoesNotKeepTheLoopAlive() {
        Signal h = new Signal(loop);
        h.start(Signals.SIGWINCH, n -> { });
        h.unref();
        assertFalse(loop.run(RunMode.DEFAULT));
        assertTrue(h.isActive());
        closeAll(h);
    }

    @Test
    void stoppingTheLastHandleRestoresTheDefault() {
        Signal a = new Signal(loop);
        Signal b = new Signal(loop);
        a.start(Signals.SIGWINCH, n -> { });
        b.start(Signals.SIGWINCH, n -> { });
        assertTrue(SignalRegistry.isInstalled(Signals.SIGWINCH));
        a.stop();
        assertTrue(SignalRegistry.isInstalled(Signals.SIGWINCH), "b still watches");
        b.stop();
        assertFalse(SignalRegistry.isInstalled(Signals.SIGWINCH));
        Object current = JvmSignals.exchange(Signals.SIGWINCH, JvmSignals.SIG_DFL);
        assertSame(JvmSignals.SIG_DFL, current);
        closeAll(a, b);
    }

    @Test
    void theHandlerFoundBeforeTheFirstHandleIsPutBack() {
        Object mine = JvmSignals.install(Signals.SIGWINCH, () -> { });
        Object found;
        try {
            Object ours = JvmSignals.exchange(Signals.SIGWINCH, JvmSignals.SIG_DFL); // read it back
            JvmSignals.exchange(Signals.SIGWINCH, ours);
            Signal h = new Signal(loop);
            h.start(Signals.SIGWINCH, n -> { });
            h.close(null);
            loop.run(RunMode.DEFAULT);
            found = JvmSignals.exchange(Signals.SIGWINCH, JvmSignals.SIG_DFL);
            assertSame(ours, found);
        } finally {
            JvmSignals.exchange(Signals.SIGWINCH, JvmSignals.SIG_DFL);
        }
        assertSame(JvmSignals.SIG_DFL, mine);
    }

    @Test
    void restartingWithAnotherSignalMovesTheHandle() {
        Signal h = new Signal(loop);
        h.start(Signals.SIGUSR1, n -> { });
        List<Integer> got = new ArrayList<>();
        h.start(Signals.SIGWINCH, n -> {
            got.add(n);
            h.stop();
        });
        assertFalse(SignalRegistry.isInstalled(Signals.SIGUSR1));
        raise(Signals.SIGWINCH);
        loop.run(RunMode.DEFAULT);
        assertEquals(List.of(Signals.SIGWINCH), got);
        closeAll(h);
    }

    @Test
    void signalsTheJvmKeepsFailWithEinval() {
        Signal h = new Signal(loop);
        for (int signum : new int[] {0, -1, Signals.SIGQUIT, Signals.SIGILL, Signals.SIGFPE, Signals.SIGKILL,
                Signals.SIGSEGV, Signals.SIGSTOP, Signals.SIGBUS, 40, 65}) {
            UvException e = assertThrows(UvException.class, () -> h.start(signum, n -> { }), "signal " + signum);
            assertEquals(Errno.EINVAL, e.errno());
            assertEquals("uv_signal_start", e.syscall());
            assertFalse(h.isActive());
        }
        h.start(Signals.SIGWINCH, n -> { });
        assertThrows(UvException.class, () -> h.start(Signals.SIGKILL, n -> { }));
        assertTrue(h.isActive(), "a failed restart leaves the handle as it was");
        assertEquals(Signals.SIGWINCH, h.signum());
        closeAll(h);
    }

    @Test
    void namesAndNumbers() {
        assertEquals("SIGTERM", Signals.name(15));
        assertEquals(15, Signals.number("SIGTERM"));
        assertEquals(15, Signals.number("TERM"));
        assertEquals(6, Signals.number("SIGIOT"));
        assertEquals(-1, Signals.number("SIGNOPE"));
        assertEquals(null, Signals.name(0));
        assertEquals(null, Signals.name(40));
    }
}
