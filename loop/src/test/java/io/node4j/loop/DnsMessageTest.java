package io.node4j.loop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.node4j.loop.dns.DnsClient;
import io.node4j.loop.dns.DnsMessage;
import io.node4j.loop.dns.DnsMessage.Record;

class DnsMessageTest {

    private static Record rr(String name, int type, DnsMessage.Rdata data) {
        return new Record(name, type, DnsMessage.CLASS_IN, 300, data);
    }

    @Test
    void queryEncodesHeaderQuestionAndRecursionDesired() {
        byte[] q = DnsMessage.query(0x1234, "a.example", DnsMessage.AAAA).encode();
        assertEquals("123401000001000000000000" + "0161076578616d706c6500" + "001c0001", HexFormat.of().formatHex(q));
    }

    @Test
    void repeatedSuffixesArePointersToTheirFirstCopy() {
        DnsMessage m = new DnsMessage(1, DnsMessage.QR, List.of(new DnsMessage.Question("mx.example", DnsMessage.MX, 1)),
                List.of(rr("mx.example", DnsMessage.MX, new DnsMessage.Mx(10, "mail.example"))), List.of(), List.of());
        String hex = HexFormat.of().formatHex(m.encode());
        // the answer's owner name points at offset 12 (the question), "example" at offset 15
        assertTrue(hex.contains("c00c000f0001"), hex);
        assertTrue(hex.endsWith("000a046d61696cc00f"), hex);
    }

    @Test
    void everyRecordTypeRoundTrips() {
        List<Record> answers = List.of(
                rr("x.test", DnsMessage.A, new DnsMessage.Address("10.0.0.1")),
                rr("x.test", DnsMessage.AAAA, new DnsMessage.Address("2001:db8::1")),
                rr("x.test", DnsMessage.CNAME, new DnsMessage.Name("y.test")),
                rr("x.test", DnsMessage.MX, new DnsMessage.Mx(5, "mail.x.test")),
                rr("x.test", DnsMessage.TXT, new DnsMessage.Txt(List.of("one", "two"))),
                rr("x.test", DnsMessage.SRV, new DnsMessage.Srv(1, 2, 3, "sip.x.test")),
                rr("x.test", DnsMessage.SOA, new DnsMessage.Soa("ns.test", "root.test", 1, 2, 3, 4, 5)),
                rr("x.test", DnsMessage.CAA, new DnsMessage.Caa(128, "issue", "ca.test")),
                rr("x.test", DnsMessage.NAPTR, new DnsMessage.Naptr(1, 2, "S", "SIP+D2U", "", "_sip.x.test")),
                rr("x.test", 99, new DnsMessage.Raw(new byte[] {1, 2, 3})));
        DnsMessage m = new DnsMessage(7, DnsMessage.QR | DnsMessage.RD | DnsMessage.RA,
                List.of(new DnsMessage.Question("x.test", DnsMessage.ANY, 1)), answers, List.of(), List.of());
        DnsMessage back = DnsMessage.decode(m.encode());
        assertEquals(7, back.id());
        assertEquals(answers.size(), back.answers().size());
        for (int i = 0; i < answers.size(); i++) {
            Record a = answers.get(i);
            Record b = back.answers().get(i);
            assertEquals(a.name(), b.name());
            assertEquals(a.type(), b.type());
            assertEquals(a.ttl(), b.ttl());
            if (a.data() instanceof DnsMessage.Raw raw) {
                assertArrayEquals(raw.bytes(), ((DnsMessage.Raw) b.data()).bytes());
            } else {
                assertEquals(a.data(), b.data());
            }
        }
    }

    @Test
    void srvAndNaptrTargetsAreNotCompressed() {
        DnsMessage m = new DnsMessage(1, DnsMessage.QR, List.of(new DnsMessage.Question("s.test", DnsMessage.SRV, 1)),
                List.of(rr("s.test", DnsMessage.SRV, new DnsMessage.Srv(1, 2, 3, "t.test"))), List.of(), List.of());
        assertTrue(HexFormat.of().formatHex(m.encode()).endsWith("01740474657374" + "00"));
    }

    @Test
    void truncatedAndLoopingMessagesAreRejected() {
        byte[] ok = DnsMessage.query(1, "a.test", DnsMessage.A).encode();
        assertThrows(DnsMessage.MalformedException.class,
                () -> DnsMessage.decode(java.util.Arrays.copyOf(ok, ok.length - 3)));
        byte[] loop = HexFormat.of().parseHex("000100000001000000000000" + "c00c" + "00010001");
        assertThrows(DnsMessage.MalformedException.class, () -> DnsMessage.decode(loop));
    }

    @Test
    void clientMapsRcodesAndFallsBackToNothingOnSilence() throws Exception {
        try (DatagramChannel server = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0))) {
            InetSocketAddress at = (InetSocketAddress) server.getLocalAddress();
            Thread t = new Thread(() -> {
                try {
                    ByteBuffer buf = ByteBuffer.allocate(512);
                    var from = server.receive(buf);
                    DnsMessage q = DnsMessage.decode(java.util.Arrays.copyOf(buf.array(), buf.position()));
                    byte[] resp = new DnsMessage(q.id(), DnsMessage.QR | DnsMessage.NXDOMAIN, q.questions(), List.of(),
                            List.of(), List.of()).encode();
                    server.send(ByteBuffer.wrap(resp), from);
                } catch (Exception ignored) {
                    // the test fails on its own
                }
            });
            t.start();
            DnsClient.DnsException e = assertThrows(DnsClient.DnsException.class,
                    () -> DnsClient.query(List.of(at), "gone.test", DnsMessage.A, 2000, 1));
            assertEquals("ENOTFOUND", e.code());
            t.join();
            DnsClient.DnsException silent = assertThrows(DnsClient.DnsException.class,
                    () -> DnsClient.query(List.of(at), "quiet.test", DnsMessage.A, 100, 1));
            assertEquals("ETIMEOUT", silent.code());
        }
    }
}
