package io.node4j.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The backend alone: wake-ups are never lost (a lost one would hang the test until its timeout). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NioPollerTest {

    @Test
    void wakeupBeforePollMakesAnUnlimitedPollReturnAtOnce() {
        try (NioPoller poller = new NioPoller()) {
            poller.wakeup();
            poller.poll(-1);
        }
    }

    @Test
    void wakeupFromAnotherThreadEndsABlockedPoll() throws Exception {
        try (NioPoller poller = new NioPoller()) {
            Thread waker = Thread.ofPlatform().start(poller::wakeup);
            poller.poll(-1);
            waker.join();
        }
    }

    @Test
    void wakeupIsKeptAcrossARegistrationThatHadToFlushCancelledKeys() throws IOException {
        Pipe pipe = Pipe.open();
        try (NioPoller poller = new NioPoller()) {
            Registration first = poller.register(pipe.source(), SelectionKey.OP_READ, ops -> { });
            first.cancel();
            poller.wakeup();
            // re-registering a channel whose key is cancelled but unflushed selects internally
            Registration second = poller.register(pipe.source(), SelectionKey.OP_READ, ops -> { });
            poller.poll(-1);
            second.cancel();
        } finally {
            pipe.source().close();
            pipe.sink().close();
        }
    }

    @Test
    void aCallbackMayCancelAnotherReadyRegistration() throws Exception {
        Pipe a = Pipe.open();
        Pipe b = Pipe.open();
        try (NioPoller poller = new NioPoller()) {
            a.sink().write(ByteBuffer.wrap(new byte[] {1}));
            b.sink().write(ByteBuffer.wrap(new byte[] {1}));
            int[] calls = {0};
            Registration[] regs = new Registration[2];
            ReadyCallback cancelOther = ops -> {
                calls[0]++;
                regs[0].cancel();
                regs[1].cancel();
            };
            regs[0] = poller.register(a.source(), SelectionKey.OP_READ, cancelOther);
            regs[1] = poller.register(b.source(), SelectionKey.OP_READ, cancelOther);

            poller.poll(-1);

            assertEquals(1, calls[0]);
            poller.poll(0);
            assertEquals(0, poller.registrationCount());
        } finally {
            a.source().close();
            a.sink().close();
            b.source().close();
            b.sink().close();
        }
    }

    @Test
    void pollReportsTimeSpentWaiting() {
        try (NioPoller poller = new NioPoller()) {
            assertEquals(0, poller.poll(0));
            assertTrue(poller.poll(5) > 0);
        }
    }
}
