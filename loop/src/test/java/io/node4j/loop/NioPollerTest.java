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

    @Test
    void readyChannelsAreDispatchedInTheOrderTheyBecameReady() throws IOException {
        // epoll's ready list is in readiness order; a hash set's order would vary with the keys.
        int n = 12;
        Pipe[] pipes = new Pipe[n];
        try (NioPoller poller = new NioPoller()) {
            java.util.List<Integer> seen = new java.util.ArrayList<>();
            Registration[] regs = new Registration[n];
            for (int i = 0; i < n; i++) {
                pipes[i] = Pipe.open();
                int index = i;
                regs[i] = poller.register(pipes[i].source(), SelectionKey.OP_READ, ops -> seen.add(index));
            }
            poller.poll(0); // the registrations take effect
            int[] order = {7, 2, 11, 0, 5, 9, 1, 3, 10, 4, 8, 6};
            for (int i : order) {
                pipes[i].sink().write(ByteBuffer.wrap(new byte[] {1}));
            }
            poller.poll(-1);

            assertEquals(java.util.Arrays.stream(order).boxed().toList(), seen);
            for (Registration r : regs) {
                r.cancel();
            }
        } finally {
            for (Pipe p : pipes) {
                if (p != null) {
                    p.source().close();
                    p.sink().close();
                }
            }
        }
    }

    @Test
    void closingARegistrationReleasesTheChannelAtOnce() throws IOException {
        try (NioPoller poller = new NioPoller()) {
            java.nio.channels.ServerSocketChannel server = java.nio.channels.ServerSocketChannel.open();
            server.bind(new java.net.InetSocketAddress("127.0.0.1", 0));
            int port = ((java.net.InetSocketAddress) server.getLocalAddress()).getPort();
            Registration reg = poller.register(server, SelectionKey.OP_ACCEPT, ops -> { });
            poller.poll(0);

            reg.close();

            assertTrue(!reg.isValid() && !server.isOpen());
            // No selection ran since: the port is free only if the descriptor was closed now.
            try (java.nio.channels.ServerSocketChannel again = java.nio.channels.ServerSocketChannel.open()) {
                again.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            }
            reg.close(); // idempotent
        }
    }
}
