package io.node4j.runtime.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PortEndpointTest {

    private static Message msg(String data) {
        return new Message(Message.MESSAGE, data, new Object[0]);
    }

    @Test
    void messagesSentBeforeAReceiverAttachesAreSignalledOnAttach() {
        PortEndpoint[] ends = PortEndpoint.pair();
        ends[0].post(msg("a"));
        ends[0].post(msg("b"));
        AtomicInteger signals = new AtomicInteger();
        ends[1].attach(signals::incrementAndGet);
        assertEquals(1, signals.get());
        assertEquals("a", ends[1].poll().data());
        assertEquals("b", ends[1].poll().data());
        assertNull(ends[1].poll());
    }

    @Test
    void everyMessageFromManyThreadsArrivesInEachSendersOrder() throws InterruptedException {
        PortEndpoint[] ends = PortEndpoint.pair();
        int threads = 4;
        int perThread = 10_000;
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            senders.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < perThread; i++) {
                    ends[0].post(msg(id + ":" + i));
                }
            }));
        }
        for (Thread s : senders) {
            s.join();
        }
        int[] next = new int[threads];
        Message m;
        int count = 0;
        while ((m = ends[1].poll()) != null) {
            String[] parts = m.data().split(":");
            int id = Integer.parseInt(parts[0]);
            assertEquals(next[id]++, Integer.parseInt(parts[1]));
            count++;
        }
        assertEquals(threads * perThread, count);
    }

    @Test
    void closingOneEndClosesBothAndDropsLaterSends() {
        PortEndpoint[] ends = PortEndpoint.pair();
        AtomicInteger peerSignals = new AtomicInteger();
        ends[1].attach(peerSignals::incrementAndGet);
        ends[0].close();
        assertTrue(ends[0].isClosed());
        assertTrue(ends[1].isClosed());
        assertEquals(1, peerSignals.get());
        ends[0].post(msg("dropped"));
        assertFalse(ends[1].hasMessages());
    }

    @Test
    void broadcastReachesEveryOtherMemberOfTheNameWithItsOwnBytes() {
        PortEndpoint a = PortEndpoint.Broadcasts.join("unit-test");
        PortEndpoint b = PortEndpoint.Broadcasts.join("unit-test");
        PortEndpoint c = PortEndpoint.Broadcasts.join("unit-test");
        PortEndpoint other = PortEndpoint.Broadcasts.join("unit-test-other");
        byte[] bytes = {1, 2, 3};
        a.post(new Message(Message.MESSAGE, "x", new Object[] {bytes}));
        byte[] atB = (byte[]) b.poll().objects()[0];
        byte[] atC = (byte[]) c.poll().objects()[0];
        assertTrue(atB != atC);
        assertNull(a.poll());
        assertNull(other.poll());
        for (PortEndpoint e : List.of(a, b, c, other)) {
            e.close();
        }
    }
}
