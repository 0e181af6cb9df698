package io.node4j.runtime.compat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.node4j.loop.dns.DnsMessage;
import io.node4j.loop.dns.DnsMessage.Record;

/**
 * The DNS server the dns/ compat scripts query (127.0.0.1:53535, UDP and TCP), with a fixed zone
 * under {@code .test}. CompatSuiteTest starts it for the dns/ scripts; to record them with the oracle,
 * run it by hand first: {@code tools/dns-fixture &}.
 *
 * <p>Special names: {@code big.test} has enough A records to be truncated over UDP (so the client
 * retries over TCP); {@code servfail.test} and {@code refused.test} answer with those rcodes;
 * {@code empty.test} exists without records; {@code slow.test} is never answered; other names are
 * NXDOMAIN.
 */
public final class DnsFixture {
    public static final int PORT = 53535;
    private static final List<Record> ZONE = zone();
    private static volatile boolean started;

    private DnsFixture() {
    }

    /** Starts the server once per JVM (daemon threads); a no-op if the port is already served. */
    public static synchronized void ensureStarted() {
        if (started) {
            return;
        }
        started = true;
        try {
            DatagramChannel udp = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", PORT));
            ServerSocket tcp = new ServerSocket();
            tcp.bind(new InetSocketAddress("127.0.0.1", PORT));
            daemon(() -> serveUdp(udp));
            daemon(() -> serveTcp(tcp));
        } catch (IOException e) {
            // already bound: another fixture (e.g. tools/dns-fixture) serves the same zone
        }
    }

    public static void main(String[] args) throws Exception {
        ensureStarted();
        System.out.println("dns fixture on 127.0.0.1:" + PORT);
        Thread.currentThread().join();
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "dns-fixture");
        t.setDaemon(true);
        t.start();
    }

    private static void serveUdp(DatagramChannel ch) {
        ByteBuffer buf = ByteBuffer.allocate(65535);
        for (;;) {
            try {
                buf.clear();
                var from = ch.receive(buf);
                byte[] req = java.util.Arrays.copyOf(buf.array(), buf.position());
                byte[] resp = answer(req, true);
                if (resp != null) {
                    ch.send(ByteBuffer.wrap(resp), from);
                }
            } catch (IOException | RuntimeException e) {
                if (!ch.isOpen()) {
                    return;
                }
            }
        }
    }

    private static void serveTcp(ServerSocket server) {
        for (;;) {
            try {
                Socket s = server.accept();
                daemon(() -> {
                    // Clients (c-ares) may send several queries on one connection.
                    try (s) {
                        InputStream in = s.getInputStream();
                        for (;;) {
                            byte[] len = in.readNBytes(2);
                            if (len.length < 2) {
                                return;
                            }
                            byte[] req = in.readNBytes(((len[0] & 0xff) << 8) | (len[1] & 0xff));
                            byte[] resp = answer(req, false);
                            if (resp != null) {
                                OutputStream out = s.getOutputStream();
                                out.write(new byte[] {(byte) (resp.length >> 8), (byte) resp.length});
                                out.write(resp);
                                out.flush();
                            }
                        }
                    } catch (IOException | RuntimeException ignored) {
                        // a broken client: nothing to do
                    }
                });
            } catch (IOException e) {
                return;
            }
        }
    }

    /** The response to one query; null for slow.test (never answered). */
    static byte[] answer(byte[] request, boolean udp) {
        DnsMessage q = DnsMessage.decode(request);
        DnsMessage.Question question = q.questions().getFirst();
        String name = question.name().toLowerCase(Locale.ROOT);
        int flags = DnsMessage.QR | DnsMessage.RD | DnsMessage.RA;
        switch (name) {
            case "slow.test" -> {
                return null;
            }
            case "servfail.test" -> {
                return reply(q, flags | DnsMessage.SERVFAIL, List.of());
            }
            case "refused.test" -> {
                return reply(q, flags | DnsMessage.REFUSED, List.of());
            }
            default -> { }
        }
        List<Record> answers = new ArrayList<>();
        boolean exists = name.equals("empty.test");
        String target = name;
        for (int hop = 0; hop < 8; hop++) {
            boolean aliased = false;
            for (Record r : ZONE) {
                if (!r.name().equals(target)) {
                    continue;
                }
                exists = true;
                if (r.type() == question.type() || question.type() == DnsMessage.ANY) {
                    answers.add(r);
                } else if (r.type() == DnsMessage.CNAME) {
                    answers.add(r);
                    target = ((DnsMessage.Name) r.data()).name();
                    aliased = true;
                }
            }
            if (!aliased) {
                break;
            }
        }
        if (!exists) {
            return reply(q, flags | DnsMessage.NXDOMAIN, List.of());
        }
        byte[] full = reply(q, flags, answers);
        if (udp && full.length > 512) {
            return reply(q, flags | DnsMessage.TC, List.of());
        }
        return full;
    }

    private static byte[] reply(DnsMessage q, int flags, List<Record> answers) {
        return new DnsMessage(q.id(), flags, q.questions(), answers, List.of(), List.of()).encode();
    }

    private static Record rr(String name, int type, long ttl, DnsMessage.Rdata data) {
        return new Record(name, type, DnsMessage.CLASS_IN, ttl, data);
    }

    private static List<Record> zone() {
        List<Record> z = new ArrayList<>();
        z.add(rr("a.test", DnsMessage.A, 300, new DnsMessage.Address("10.0.0.1")));
        z.add(rr("a.test", DnsMessage.A, 300, new DnsMessage.Address("10.0.0.2")));
        z.add(rr("a.test", DnsMessage.AAAA, 600, new DnsMessage.Address("2001:db8::1")));
        z.add(rr("a.test", DnsMessage.AAAA, 600, new DnsMessage.Address("2001:db8:0:0:1:0:0:2")));
        z.add(rr("v6only.test", DnsMessage.AAAA, 60, new DnsMessage.Address("::1")));
        z.add(rr("mx.test", DnsMessage.MX, 3600, new DnsMessage.Mx(10, "mail1.test")));
        z.add(rr("mx.test", DnsMessage.MX, 3600, new DnsMessage.Mx(20, "mail2.test")));
        z.add(rr("txt.test", DnsMessage.TXT, 120, new DnsMessage.Txt(List.of("v=spf1 -all"))));
        z.add(rr("txt.test", DnsMessage.TXT, 120, new DnsMessage.Txt(List.of("part one ", "part two"))));
        z.add(rr("srv.test", DnsMessage.SRV, 30, new DnsMessage.Srv(10, 5, 5060, "sip.test")));
        z.add(rr("srv.test", DnsMessage.SRV, 30, new DnsMessage.Srv(20, 0, 5061, "sip2.test")));
        z.add(rr("ns.test", DnsMessage.NS, 86400, new DnsMessage.Name("ns1.test")));
        z.add(rr("ns.test", DnsMessage.NS, 86400, new DnsMessage.Name("ns2.test")));
        z.add(rr("cname.test", DnsMessage.CNAME, 100, new DnsMessage.Name("a.test")));
        z.add(rr("soa.test", DnsMessage.SOA, 900, new DnsMessage.Soa("ns1.test", "hostmaster.test", 2024010101L,
                7200, 3600, 1209600, 300)));
        z.add(rr("1.0.0.10.in-addr.arpa", DnsMessage.PTR, 500, new DnsMessage.Name("a.test")));
        z.add(rr("1.0.0.10.in-addr.arpa", DnsMessage.PTR, 500, new DnsMessage.Name("alias.test")));
        z.add(rr("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa", DnsMessage.PTR, 500,
                new DnsMessage.Name("a.test")));
        z.add(rr("ptr.test", DnsMessage.PTR, 500, new DnsMessage.Name("pointer.test")));
        z.add(rr("caa.test", DnsMessage.CAA, 700, new DnsMessage.Caa(0, "issue", "letsencrypt.org")));
        z.add(rr("caa.test", DnsMessage.CAA, 700, new DnsMessage.Caa(128, "iodef", "mailto:sec@caa.test")));
        z.add(rr("naptr.test", DnsMessage.NAPTR, 800, new DnsMessage.Naptr(100, 10, "S", "SIP+D2U", "",
                "_sip._udp.naptr.test")));
        z.add(rr("naptr.test", DnsMessage.NAPTR, 800, new DnsMessage.Naptr(102, 10, "U", "E2U+sip",
                "!^.*$!sip:info@naptr.test!", "")));
        z.add(rr("_443._tcp.tlsa.test", DnsMessage.TLSA, 400, new DnsMessage.Tlsa(3, 1, 1,
                new byte[] {1, 2, 3, 4, (byte) 0xab, (byte) 0xcd})));
        z.add(rr("any.test", DnsMessage.A, 50, new DnsMessage.Address("10.1.1.1")));
        z.add(rr("any.test", DnsMessage.AAAA, 50, new DnsMessage.Address("fe80::1")));
        z.add(rr("any.test", DnsMessage.MX, 50, new DnsMessage.Mx(5, "mx.any.test")));
        z.add(rr("any.test", DnsMessage.TXT, 50, new DnsMessage.Txt(List.of("any text"))));
        z.add(rr("any.test", DnsMessage.NS, 50, new DnsMessage.Name("ns.any.test")));
        z.add(rr("any.test", DnsMessage.SOA, 50, new DnsMessage.Soa("ns.any.test", "root.any.test", 7, 1, 2, 3, 4)));
        z.add(rr("any.test", DnsMessage.SRV, 50, new DnsMessage.Srv(1, 2, 3, "srv.any.test")));
        z.add(rr("any.test", DnsMessage.PTR, 50, new DnsMessage.Name("ptr.any.test")));
        z.add(rr("any.test", DnsMessage.CAA, 50, new DnsMessage.Caa(0, "issuewild", ";")));
        z.add(rr("any.test", DnsMessage.NAPTR, 50, new DnsMessage.Naptr(1, 2, "A", "svc", "", "x.any.test")));
        for (int i = 1; i <= 60; i++) {
            z.add(rr("big.test", DnsMessage.A, 10, new DnsMessage.Address("10.2.0." + i)));
        }
        return List.copyOf(z);
    }
}
