package io.node4j.loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * {@link Poller} on a {@link Selector} (epoll on Linux).
 *
 * <p>Wake-ups: {@link #wakeup()} sets {@code wakeupRequested} and then calls
 * {@link Selector#wakeup()}. {@link #poll} clears the flag before it selects and selects without
 * waiting if it was set. A wake-up either sets the flag before that clear (so the poll does not wait)
 * or calls {@code Selector.wakeup()} after it (so the select returns at once), hence none is lost even
 * if some other select consumed the selector's own wake-up state.
 *
 * <p>Ready keys are collected in the order the selection reports them (epoll's ready list, the
 * order libuv dispatches in: a listening socket whose connection arrived while a client connected is
 * seen before that client) before any callback runs, so callbacks may register, change and cancel
 * channels; a key cancelled by an earlier callback is skipped. The selector's selected-key set is not
 * used: it is a hash set, whose order would differ from run to run.
 */
public final class NioPoller implements Poller {
    private final Selector selector;
    /**
     * The keys of the last selection, in the order it reported them (a set: a selection made to flush
     * cancelled keys during dispatch may report a key again before the next poll).
     */
    private final LinkedHashSet<SelectionKey> ready = new LinkedHashSet<>();
    private final Consumer<SelectionKey> collect = ready::add;
    private final AtomicBoolean wakeupRequested = new AtomicBoolean();
    private volatile boolean closed;

    public NioPoller() {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
    }

    @Override
    public long poll(long timeoutMs) {
        long waited = 0;
        try {
            // Ready channels first, without waiting: only a real wait counts as idle time (libuv
            // does the same when idle-time metrics are on, as Node turns them on).
            int count = selector.selectNow(collect);
            // selectNow() also consumed any pending Selector.wakeup(), so the flag is read only now:
            // wakeup() sets it before waking the selector, so a wake-up that selectNow() swallowed is
            // seen here, and one that comes later still ends the select below at once.
            if (count == 0 && timeoutMs != 0 && !wakeupRequested.get()) {
                long start = System.nanoTime();
                if (timeoutMs < 0) {
                    selector.select(collect);
                } else {
                    selector.select(collect, timeoutMs);
                }
                waited = System.nanoTime() - start;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("select failed", e);
        }
        // Cleared after the select, not before: a wake-up that ended this select is handled in this
        // iteration (the loop drains its inbox after polling) and must not make the next poll skip
        // its wait. One that arrives from here on still ends the next select at once, because
        // Selector.wakeup() is remembered until the next selection.
        wakeupRequested.set(false);
        dispatch();
        return waited;
    }

    private void dispatch() {
        if (ready.isEmpty()) {
            return;
        }
        SelectionKey[] keys = ready.toArray(new SelectionKey[0]);
        ready.clear();
        for (SelectionKey key : keys) {
            if (!key.isValid()) {
                continue;
            }
            int ops;
            try {
                ops = key.readyOps() & key.interestOps();
            } catch (CancelledKeyException e) {
                continue;
            }
            if (ops != 0) {
                ((NioRegistration) key.attachment()).callback.ready(ops);
            }
        }
    }

    @Override
    public void wakeup() {
        wakeupRequested.set(true);
        if (!closed) {
            selector.wakeup();
        }
    }

    @Override
    public Registration register(SelectableChannel channel, int ops, ReadyCallback callback) {
        Objects.requireNonNull(callback, "callback");
        NioRegistration reg = new NioRegistration(channel, callback);
        try {
            if (channel.isBlocking()) {
                channel.configureBlocking(false);
            }
            try {
                reg.key = channel.register(selector, ops, reg);
            } catch (CancelledKeyException e) {
                // The channel's previous key is cancelled but not yet flushed: flush, then retry.
                flushCancelledKeys();
                reg.key = channel.register(selector, ops, reg);
            }
        } catch (ClosedChannelException e) {
            throw new UvException(Errno.EBADF, "register");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reg;
    }

    private void flushCancelledKeys() throws IOException {
        selector.selectNow(collect);
        // selectNow() may have swallowed a wake-up meant for the next poll: keep it.
        wakeupRequested.set(true);
    }

    @Override
    public int registrationCount() {
        int n = 0;
        for (SelectionKey key : selector.keys()) {
            if (key.isValid()) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        closed = true;
        try {
            selector.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class NioRegistration implements Registration {
        private final SelectableChannel channel;
        final ReadyCallback callback;
        SelectionKey key;

        NioRegistration(SelectableChannel channel, ReadyCallback callback) {
            this.channel = channel;
            this.callback = callback;
        }

        @Override
        public SelectableChannel channel() {
            return channel;
        }

        @Override
        public int interestOps() {
            return key.isValid() ? key.interestOps() : 0;
        }

        @Override
        public void interestOps(int ops) {
            try {
                key.interestOps(ops);
            } catch (CancelledKeyException e) {
                throw new UvException(Errno.EBADF, "interestOps");
            }
        }

        @Override
        public void cancel() {
            key.cancel();
        }

        @Override
        public void close() {
            key.cancel();
            try {
                // Deregister first: a channel closed while still registered would keep its
                // descriptor (and a connected one would be shut down with a FIN, where a reset may
                // have been asked for) until the next selection.
                flushCancelledKeys();
                channel.close();
            } catch (IOException e) {
                // closing releases the channel even when it reports an error
            }
        }

        @Override
        public boolean isValid() {
            return key.isValid();
        }
    }
}
