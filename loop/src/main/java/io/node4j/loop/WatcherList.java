package io.node4j.loop;

import java.util.ArrayDeque;

/**
 * The active watchers of one phase. A run calls the watchers that were active when it began and are
 * still active and not restarted when their turn comes; callbacks may start and stop watchers freely
 * because the run walks a snapshot. Loop-thread only.
 */
final class WatcherList {
    private static final Watcher[] NONE = new Watcher[0];
    private final ArrayDeque<Watcher> watchers = new ArrayDeque<>();
    private long runCounter;

    boolean isEmpty() {
        return watchers.isEmpty();
    }

    void add(Watcher w) {
        watchers.addFirst(w);
    }

    void remove(Watcher w) {
        watchers.remove(w);
    }

    void run() {
        if (watchers.isEmpty()) {
            return;
        }
        long token = ++runCounter;
        Watcher[] snapshot = watchers.toArray(NONE);
        for (Watcher w : snapshot) {
            w.runToken = token;
        }
        for (Watcher w : snapshot) {
            if (w.isActive() && w.runToken == token) {
                w.invoke();
            }
        }
    }
}
