package io.node4j.loop;

import java.util.Arrays;

/**
 * A binary min-heap of armed timers ordered by (due time, start sequence): timers due at the same
 * millisecond fire in the order they were started. Each timer remembers its slot so that stopping
 * one is O(log n). Loop-thread only.
 *
 * <p>The keys live in primitive arrays beside the timer references: sifting compares keys without
 * loading a {@code Timer} per comparison. With 100,000 armed timers, loading two objects per level was
 * where the time went (86 % of the samples of TimersBench in siftDown); see bench/README.md.
 */
final class TimerHeap {
    private Timer[] items = new Timer[16];
    private long[] dues = new long[16];
    private long[] seqs = new long[16];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** The earliest timer, or null. */
    Timer peek() {
        return size == 0 ? null : items[0];
    }

    void add(Timer t) {
        if (size == items.length) {
            int n = size * 2;
            items = Arrays.copyOf(items, n);
            dues = Arrays.copyOf(dues, n);
            seqs = Arrays.copyOf(seqs, n);
        }
        int i = size++;
        siftUp(t, t.due, t.startSeq, i);
    }

    /** Removes {@code t} if it is in the heap. */
    void remove(Timer t) {
        int i = t.heapIndex;
        if (i < 0) {
            return;
        }
        t.heapIndex = -1;
        int last = --size;
        Timer moved = items[last];
        long due = dues[last];
        long seq = seqs[last];
        items[last] = null;
        if (i == last) {
            return;
        }
        // the last timer takes the hole: down if it is later than the hole's children, else up
        int at = siftDown(moved, due, seq, i);
        if (at == i) {
            siftUp(moved, due, seq, i);
        }
    }

    private static boolean before(long dueA, long seqA, long dueB, long seqB) {
        return dueA != dueB ? dueA < dueB : seqA < seqB;
    }

    /** Places (t, due, seq) at hole {@code i} or above it; returns where it went. */
    private int siftUp(Timer t, long due, long seq, int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(due, seq, dues[parent], seqs[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        place(t, due, seq, i);
        return i;
    }

    /** Places (t, due, seq) at hole {@code i} or below it; returns where it went. */
    private int siftDown(Timer t, long due, long seq, int i) {
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && before(dues[right], seqs[right], dues[child], seqs[child])) {
                child = right;
            }
            if (!before(dues[child], seqs[child], due, seq)) {
                break;
            }
            move(child, i);
            i = child;
        }
        place(t, due, seq, i);
        return i;
    }

    private void move(int from, int to) {
        Timer t = items[from];
        items[to] = t;
        dues[to] = dues[from];
        seqs[to] = seqs[from];
        t.heapIndex = to;
    }

    private void place(Timer t, long due, long seq, int i) {
        items[i] = t;
        dues[i] = due;
        seqs[i] = seq;
        t.heapIndex = i;
    }
}
