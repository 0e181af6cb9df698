package io.node4j.loop;

import java.util.Objects;

/**
 * A one-shot or repeating timer, as libuv's {@code uv_timer_t}. Times are milliseconds on the loop's
 * clock ({@link Loop#now()}), so a timer started inside a callback counts from the time the loop last
 * updated its clock, not from the wall clock at that moment.
 *
 * <p>Armed timers live in the loop's min-heap ordered by (due time, start sequence). Timers due at the
 * same millisecond fire in start order. A timer started from inside a timer callback never runs in
 * the same timers phase, even with a timeout of 0: the phase collects the due timers before it calls
 * any of them.
 */
public final class Timer extends Handle {
    /** Absolute due time in loop milliseconds. */
    long due;
    /** Start order, the tie-breaker between timers due at the same millisecond. */
    long startSeq;
    /** Slot in the loop's heap, or -1 when not in it. */
    int heapIndex = -1;
    /** True while the timer sits in the running timers phase's ready list. */
    boolean ready;
    private long repeat;
    private Runnable callback;

    public Timer(Loop loop) {
        super(loop);
    }

    /**
     * Arms the timer: {@code cb} runs {@code timeoutMs} after {@link Loop#now()}, then every
     * {@code repeatMs} if that is not 0. Restarts the timer if it is already armed.
     *
     * @throws UvException EINVAL if the handle is closing or a time is negative
     */
    public void start(Runnable cb, long timeoutMs, long repeatMs) {
        Loop loop = loop();
        loop.assertInLoopThread("Timer.start");
        Objects.requireNonNull(cb, "cb");
        checkNotClosing("uv_timer_start");
        if (timeoutMs < 0 || repeatMs < 0) {
            throw new UvException(Errno.EINVAL, "uv_timer_start");
        }
        stop();
        long now = loop.now();
        due = timeoutMs > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + timeoutMs;
        repeat = repeatMs;
        callback = cb;
        startSeq = loop.nextTimerSeq();
        loop.timerHeap().add(this);
        markActive();
    }

    /** Disarms the timer; also cancels a call already collected by the running timers phase. */
    public void stop() {
        loop().assertInLoopThread("Timer.stop");
        ready = false;
        if (isActive()) {
            loop().timerHeap().remove(this);
            markInactive();
        }
    }

    /**
     * Restarts a repeating timer with its repeat value as the timeout; a timer whose repeat is 0 is
     * left as it is (libuv's {@code uv_timer_again}).
     *
     * @throws UvException EINVAL if the timer was never started
     */
    public void again() {
        loop().assertInLoopThread("Timer.again");
        if (callback == null) {
            throw new UvException(Errno.EINVAL, "uv_timer_again");
        }
        if (repeat != 0) {
            start(callback, repeat, repeat);
        }
    }

    /** Sets the repeat interval; takes effect when the timer next fires or is restarted. */
    public void setRepeat(long repeatMs) {
        loop().assertInLoopThread("Timer.setRepeat");
        if (repeatMs < 0) {
            throw new UvException(Errno.EINVAL, "uv_timer_set_repeat");
        }
        repeat = repeatMs;
    }

    public long getRepeat() {
        return repeat;
    }

    /** Milliseconds until the timer is due, 0 if it is due or not armed. */
    public long dueIn() {
        if (!isActive()) {
            return 0;
        }
        long now = loop().now();
        return due <= now ? 0 : due - now;
    }

    /** Called by the timers phase: re-arms a repeating timer, then runs the callback. */
    void fire() {
        Runnable cb = callback;
        again();
        cb.run();
    }

    /** Puts a collected but not yet called timer back into the heap (a callback before it threw). */
    void rearm() {
        ready = false;
        loop().timerHeap().add(this);
        markActive();
    }

    @Override
    protected void doClose() {
        stop();
    }
}
