package io.node4j.loop.signal;

import io.node4j.loop.Errno;
import io.node4j.loop.Loop;
import io.node4j.loop.UvException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;

/**
 * Process-wide table of started {@link Signal} handles and {@link SignalWatchdog}s, by signal number,
 * shared by every loop. The first of them for a signal installs the JVM handler; when the last one
 * stops, the handler that was there before is put back. While a watchdog is started for the signal,
 * the innermost one gets it on the JVM's signal thread and the handles do not; otherwise the JVM's
 * signal thread posts one task to each loop that has a handle for the signal; that task calls the
 * loop's handles that are started for it at that moment.
 *
 * <p>All state is guarded by {@link #LOCK}, held only to read or change the table (and to swap JVM
 * handlers), never while a callback runs.
 */
final class SignalRegistry {
    /** Signals we refuse although the JVM would allow them: the JVM's own handler must stay. */
    private static final Set<Integer> KEPT_BY_JVM = Set.of(Signals.SIGBUS);

    private static final Object LOCK = new Object();
    private static final Map<Integer, Slot> SLOTS = new HashMap<>(); // guarded by LOCK
    /** How many times each signal has been dispatched, for {@link #sendToSelf}. Guarded by LOCK. */
    private static final long[] DISPATCHED = new long[Signals.MAX_SIGNAL + 1];
    /** The longest a self-sent signal waits for its dispatch (the JVM starts a thread for it). */
    private static final long SELF_DELIVERY_WAIT_MS = 2_000;

    private static final class Slot {
        final Object previous;
        final List<Signal> handles = new ArrayList<>();
        /** Started {@link SignalWatchdog}s, innermost last: while any is, the signal is theirs. */
        final List<SignalWatchdog> watchdogs = new ArrayList<>();

        Slot(Object previous) {
            this.previous = previous;
        }
    }

    private SignalRegistry() {
    }

    /** Adds a started handle; installs the JVM handler for the first one. */
    static void add(Signal handle, int signum) {
        synchronized (LOCK) {
            slot(signum, "uv_signal_start").handles.add(handle);
        }
    }

    /** Removes a handle; the last one for the signal restores the JVM handler found before the first. */
    static void remove(Signal handle, int signum) {
        synchronized (LOCK) {
            Slot slot = SLOTS.get(signum);
            if (slot != null && slot.handles.remove(handle)) {
                releaseIfUnused(signum, slot);
            }
        }
    }

    /** Adds a started watchdog (innermost from now on); installs the JVM handler if none is. */
    static void add(SignalWatchdog watchdog, int signum) {
        synchronized (LOCK) {
            slot(signum, "uv_signal_start").watchdogs.add(watchdog);
        }
    }

    /** Removes a watchdog; restores the JVM handler when nothing else wants the signal. */
    static void remove(SignalWatchdog watchdog, int signum) {
        synchronized (LOCK) {
            Slot slot = SLOTS.get(signum);
            if (slot != null && slot.watchdogs.remove(watchdog)) {
                releaseIfUnused(signum, slot);
            }
        }
    }

    /** The signal's slot, made (and the JVM handler installed) if needed. Holds {@link #LOCK}. */
    private static Slot slot(int signum, String syscall) {
        if (signum <= 0 || signum > Signals.MAX_SIGNAL || KEPT_BY_JVM.contains(signum)) {
            throw new UvException(Errno.EINVAL, syscall);
        }
        Slot slot = SLOTS.get(signum);
        if (slot == null) {
            slot = new Slot(JvmSignals.install(signum, () -> dispatch(signum)));
            SLOTS.put(signum, slot);
        }
        return slot;
    }

    /** Holds {@link #LOCK}. */
    private static void releaseIfUnused(int signum, Slot slot) {
        if (slot.handles.isEmpty() && slot.watchdogs.isEmpty()) {
            SLOTS.remove(signum);
            JvmSignals.exchange(signum, slot.previous);
        }
    }

    /** Whether a JVM handler of ours is installed for {@code signum} (for tests). */
    static boolean isInstalled(int signum) {
        synchronized (LOCK) {
            return SLOTS.containsKey(signum);
        }
    }

    /**
     * Sends {@code signum} to this process with {@code kill} and returns once it has been dispatched
     * (posted to the loops that watch it, or given to a watchdog), as kill(2) returns only after the
     * handler of a signal a process sends itself has run. The JVM runs its handler on a thread it starts
     * after the signal, which can take a while on a loaded machine; without this wait a timer due soon
     * after could run before a signal sent earlier. Waits at most {@value #SELF_DELIVERY_WAIT_MS} ms, and
     * not at all when no handler of ours is installed (the JVM's or the default action applies).
     */
    static void sendToSelf(int signum, Runnable kill) {
        long before;
        synchronized (LOCK) {
            if (signum <= 0 || signum > Signals.MAX_SIGNAL || !SLOTS.containsKey(signum)) {
                kill.run();
                return;
            }
            before = DISPATCHED[signum];
        }
        kill.run();
        long deadline = System.nanoTime() + SELF_DELIVERY_WAIT_MS * 1_000_000;
        boolean interrupted = false;
        synchronized (LOCK) {
            while (DISPATCHED[signum] == before && SLOTS.containsKey(signum)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    LOCK.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * On the JVM's signal thread: the innermost watchdog takes the signal if one is started; else
     * wake every loop that has a handle for it.
     */
    private static void dispatch(int signum) {
        Set<Loop> loops = new LinkedHashSet<>();
        SignalWatchdog watchdog = null;
        synchronized (LOCK) {
            Slot slot = SLOTS.get(signum);
            if (slot == null) {
                return;
            }
            if (!slot.watchdogs.isEmpty()) {
                watchdog = slot.watchdogs.get(slot.watchdogs.size() - 1);
                if (watchdog.yieldsToHandles() && !slot.handles.isEmpty()) {
                    watchdog = null;
                }
            }
            for (Signal h : slot.handles) {
                loops.add(h.loop());
            }
        }
        if (watchdog != null) {
            watchdog.fire(); // outside the lock: it may take long, or stop itself
        } else {
            for (Loop loop : loops) {
                try {
                    loop.execute(() -> deliver(loop, signum));
                } catch (RejectedExecutionException closed) {
                    // the loop closed meanwhile: nobody to tell
                }
            }
        }
        synchronized (LOCK) {
            DISPATCHED[signum]++;
            LOCK.notifyAll();
        }
    }

    /** On the loop thread: call this loop's handles started for the signal, in the order they started. */
    private static void deliver(Loop loop, int signum) {
        List<Signal> targets = new ArrayList<>();
        synchronized (LOCK) {
            Slot slot = SLOTS.get(signum);
            if (slot == null) {
                return;
            }
            for (Signal h : slot.handles) {
                if (h.loop() == loop) {
                    targets.add(h);
                }
            }
        }
        for (Signal h : targets) {
            h.deliver(signum);
        }
    }
}
