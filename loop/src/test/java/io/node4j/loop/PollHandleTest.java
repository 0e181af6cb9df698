package io.node4j.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The poller's registration API, proven with a real channel (an NIO pipe) before TCP builds on it. */
class PollHandleTest extends LoopTestBase {
    private Pipe pipe;

    @BeforeEach
    void openPipe() throws IOException {
        pipe = Pipe.open();
    }

    @AfterEach
    void closePipe() throws IOException {
        pipe.source().close();
        pipe.sink().close();
    }

    private void write(String s) {
        try {
            pipe.sink().write(ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read() {
        try {
            ByteBuffer buf = ByteBuffer.allocate(256);
            int n = pipe.source().read(buf);
            return new String(buf.array(), 0, Math.max(n, 0), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readableCallbackRunsOnTheLoopThreadWhenDataArrivesFromAnotherThread() throws Exception {
        PollHandle poll = new PollHandle(loop, pipe.source());
        List<String> got = new ArrayList<>();
        Thread[] callbackThread = new Thread[1];
        poll.start(SelectionKey.OP_READ, ops -> {
            assertEquals(SelectionKey.OP_READ, ops);
            callbackThread[0] = Thread.currentThread();
            got.add(read());
            poll.close(null);
        });
        Thread writer = Thread.ofPlatform().start(() -> write("hello"));

        assertFalse(loop.run(RunMode.DEFAULT));
        writer.join();

        assertEquals(List.of("hello"), got);
        assertSame(Thread.currentThread(), callbackThread[0]);
    }

    @Test
    void writableCallbackRunsInThePollPhase() {
        List<String> log = new ArrayList<>();
        Watcher prepare = new Watcher(loop, Watcher.Phase.PREPARE);
        Watcher check = new Watcher(loop, Watcher.Phase.CHECK);
        prepare.start(() -> log.add("prepare"));
        check.start(() -> log.add("check"));
        PollHandle poll = new PollHandle(loop, pipe.sink());
        poll.start(SelectionKey.OP_WRITE, ops -> {
            log.add("writable");
            poll.stop();
        });

        loop.run(RunMode.ONCE);

        assertEquals(List.of("prepare", "writable", "check"), log);
        closeAll(prepare, check, poll);
    }

    @Test
    void stoppedPollHandleIsNotCalledAndDoesNotKeepTheLoopAlive() {
        PollHandle poll = new PollHandle(loop, pipe.source());
        int[] calls = {0};
        poll.start(SelectionKey.OP_READ, ops -> calls[0]++);
        write("x");
        poll.stop();

        assertFalse(loop.isAlive());
        Async keepOneIteration = new Async(loop, () -> { });
        keepOneIteration.send();
        loop.run(RunMode.NOWAIT);

        assertEquals(0, calls[0]);
        poll.start(SelectionKey.OP_READ, ops -> {
            calls[0]++;
            read();
            poll.stop();
        });
        loop.run(RunMode.ONCE);
        assertEquals(1, calls[0]);
        closeAll(poll, keepOneIteration);
    }

    @Test
    void closingThePollHandleCancelsTheRegistrationButNotTheChannel() {
        PollHandle poll = new PollHandle(loop, pipe.source());
        poll.start(SelectionKey.OP_READ, ops -> { });
        assertEquals(1, loop.registrationCount());

        closeAll(poll);

        assertEquals(0, loop.registrationCount());
        assertTrue(pipe.source().isOpen());
    }

    @Test
    void aChannelCanBeRegisteredAgainRightAfterItsHandleClosed() {
        PollHandle first = new PollHandle(loop, pipe.source());
        first.start(SelectionKey.OP_READ, ops -> { });
        first.close(null);
        PollHandle second = new PollHandle(loop, pipe.source());
        int[] calls = {0};
        second.start(SelectionKey.OP_READ, ops -> {
            calls[0]++;
            read();
            second.close(null);
        });
        write("again");

        loop.run(RunMode.DEFAULT);

        assertEquals(1, calls[0]);
    }

    @Test
    void registeringAClosedChannelIsEbadf() throws IOException {
        pipe.source().close();
        PollHandle poll = new PollHandle(loop, pipe.source());

        UvException e = assertThrows(UvException.class, () -> poll.start(SelectionKey.OP_READ, ops -> { }));
        assertEquals(Errno.EBADF, e.errno());
        closeAll(poll);
    }
}
