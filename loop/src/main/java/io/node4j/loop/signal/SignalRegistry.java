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
 * Process-wide table of started {@link Signal} handles, by signal number, shared by every loop.
 * The first handle for a signal installs the JVM handler; when the last one stops, the handler that was
 * there before is put back. The JVM's signal thread posts one task to each loop that has a handle for
 * the signal; that task calls the loop's handles that are started for it at that moment.
 *
 * <p>All state is guarded by {@link #LOCK}, held only to read or change the table (and to swap JVM
 * handlers), never while a callback runs.
 */
final class SignalRegistry {
    /** Signals we refuse although the JVM would allow them: the JVM's own handler must stay. */
    private static final Set<Integer> KEPT_BY_JVM = Set.of(Signals.SIGBUS);

    private static final Object LOCK = new Object();
    private static final Map<Integer, Slot> SLOTS = new HashMap<>(); // guarded by LOCK

    private static final class Slot {
        final Object previous;
        final List<Signal> handles = new ArrayList<>();

        Slot(Object previous) {
            this.previous = previous;
        }
    }

    private SignalRegistry() {
    }

    /** Adds a started handle; installs the JVM handler for the first one. */
    static void add(Signal handle, int signum) {
        if (signum <= 0 || signum > Signals.MAX_SIGNAL || KEPT_BY_JVM.contains(signum)) {
            throw new UvException(Errno.EINVAL, "uv_signal_start");
        }
        synchronized (LOCK) {
            Slot slot = SLOTS.get(signum);
            if (slot == null) {
                slot = new Slot(JvmSignals.install(signum, () -> dispatch(signum)));
                SLOTS.put(signum, slot);
            }
            slot.handles.add(handle);
        }
    }

    /** Removes a handle; the last one for the signal restores the JVM handler found before the first. */
    static void remove(Signal handle, int signum) {
        synchronized (LOCK) {
            Slot slot = SLOTS.get(signum);
            if (slot == null || !slot.handles.remove(handle) || !slot.handles.isEmpty()) {
                return;
            }
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

    /** On the JVM's signal thread: wake every loop that has a handle for the signal. */
    private static void dispatch(int signum) {
        Set<Loop> loops = new LinkedHashSet<>();
        synchronized (LOCK) {
            Slot slot = SLOTS.get(signum);
            if (slot == null) {
                return;
            }
            for (Signal h : slot.handles) {
                loops.add(h.loop());
            }
        }
        for (Loop loop : loops) {
            try {
                loop.execute(() -> deliver(loop, signum));
            } catch (RejectedExecutionException closed) {
                // the loop closed meanwhile: nobody to tell
            }
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
