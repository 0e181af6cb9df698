package io.node4j.loop;

import java.util.Arrays;

/**
 * A binary min-heap of armed timers ordered by (due time, start sequence): timers due at the same
 * millisecond fire in the order they were started. Each timer remembers its slot so that stopping
 * one is O(log n). Loop-thread only.
 */
final class TimerHeap {
    private Timer[] items = new Timer[16];
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
            items = Arrays.copyOf(items, size * 2);
        }
        items[size] = t;
        t.heapIndex = size;
        size++;
        siftUp(t.heapIndex);
    }

    /** Removes {@code t} if it is in the heap. */
    void remove(Timer t) {
        int i = t.heapIndex;
        if (i < 0) {
            return;
        }
        t.heapIndex = -1;
        size--;
        if (i == size) {
            items[size] = null;
            return;
        }
        Timer last = items[size];
        items[size] = null;
        place(last, i);
        siftDown(i);
        siftUp(last.heapIndex);
    }

    private static boolean before(Timer a, Timer b) {
        if (a.due != b.due) {
            return a.due < b.due;
        }
        return a.startSeq < b.startSeq;
    }

    private void siftUp(int i) {
        Timer t = items[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(t, items[parent])) {
                break;
            }
            place(items[parent], i);
            i = parent;
        }
        place(t, i);
    }

    private void siftDown(int i) {
        Timer t = items[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && before(items[right], items[child])) {
                child = right;
            }
            if (!before(items[child], t)) {
                break;
            }
            place(items[child], i);
            i = child;
        }
        place(t, i);
    }

    private void place(Timer t, int i) {
        items[i] = t;
        t.heapIndex = i;
    }
}
