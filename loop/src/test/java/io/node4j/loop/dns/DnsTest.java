package io.node4j.loop.dns;

import io.node4j.loop.Errno;
import io.node4j.loop.UvException;
import org.junit.jupiter.api.Test;

import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DnsTest {
    @Test
    void localhostResolvesToLoopbackIncludingIpv4() {
        List<LookupAddress> all = Dns.lookup("localhost", 0, 0, Order.VERBATIM);
        assertTrue(all.contains(new LookupAddress("127.0.0.1", 4)), all.toString());
        for (LookupAddress a : all) {
            assertTrue(a.address().startsWith("127.") || a.address().equals("::1"), a.toString());
            assertEquals(a.address().contains(":") ? 6 : 4, a.family());
        }
    }

    @Test
    void familyFourGivesOnlyIpv4() {
        for (LookupAddress a : Dns.lookup("localhost", 4, 0, Order.VERBATIM)) {
            assertEquals(4, a.family());
        }
    }

    @Test
    void ipv6LiteralResolvesToItselfWithFamilySix() {
        assertEquals(List.of(new LookupAddress("::1", 6)), Dns.lookup("::1", 6, 0, Order.VERBATIM));
    }

    @Test
    void ipv4LiteralResolvesToItself() {
        assertEquals(new LookupAddress("127.0.0.1", 4), Dns.lookupOne("127.0.0.1", 0, 0, Order.IPV6_FIRST));
    }

    @Test
    void v4MappedTurnsIpv4IntoIpv6WhenAskingFamilySix() {
        assertEquals(List.of(new LookupAddress("::ffff:127.0.0.1", 6)), Dns.lookup("127.0.0.1", 6, Dns.V4MAPPED, Order.VERBATIM));
    }

    @Test
    void ipv6IsFormattedAsInetNtop() throws Exception {
        assertEquals("2001:db8::1", Dns.formatIpv6((java.net.Inet6Address) java.net.InetAddress.ofLiteral("2001:0DB8:0:0:0:0:0:1")));
        assertEquals("2001:db8:0:1:1:1:1:1", Dns.formatIpv6((java.net.Inet6Address) java.net.InetAddress.ofLiteral("2001:db8:0:1:1:1:1:1")));
        assertEquals("1:0:0:2::3", Dns.formatIpv6((java.net.Inet6Address) java.net.InetAddress.ofLiteral("1:0:0:2:0:0:0:3")));
        assertEquals("::", Dns.formatIpv6((java.net.Inet6Address) java.net.InetAddress.ofLiteral("::")));
        assertEquals("fe80::1%7", Dns.formatIpv6((java.net.Inet6Address) java.net.InetAddress.ofLiteral("fe80::1%7")));
    }

    @Test
    void familySixWithoutIpv6AnswerIsEaiNoname() {
        UvException e = assertThrows(UvException.class, () -> Dns.lookup("127.0.0.1", 6, 0, Order.VERBATIM));
        assertEquals(Errno.EAI_NONAME, e.errno());
    }

    @Test
    void orderOptionsGroupFamilies() {
        List<LookupAddress> v4first = Dns.lookup("localhost", 0, 0, Order.IPV4_FIRST);
        assertEquals(4, v4first.getFirst().family());
    }

    @Test
    void unknownHostIsEaiNonameWithHostname() {
        UvException e = assertThrows(UvException.class, () -> Dns.lookup("no-such-host.invalid", 0, 0, Order.VERBATIM));
        assertEquals(Errno.EAI_NONAME, e.errno());
        assertEquals("getaddrinfo", e.syscall());
        assertEquals("no-such-host.invalid", e.path());
        assertEquals(-3008, e.errno().code());
    }

    @Test
    void emptyHostnameIsEaiNoname() {
        UvException e = assertThrows(UvException.class, () -> Dns.lookup("", 0, 0, Order.VERBATIM));
        assertEquals(Errno.EAI_NONAME, e.errno());
    }

    @Test
    void badFamilyIsEaiFamily() {
        UvException e = assertThrows(UvException.class, () -> Dns.lookup("localhost", 5, 0, Order.VERBATIM));
        assertEquals(Errno.EAI_FAMILY, e.errno());
    }

    @Test
    void resolverTextsMapToEaiCodes() {
        assertEquals(Errno.EAI_AGAIN, Dns.errnoOf(new UnknownHostException("x: Temporary failure in name resolution")));
        assertEquals(Errno.EAI_NONAME, Dns.errnoOf(new UnknownHostException("x: Name or service not known")));
        assertEquals(Errno.EAI_NODATA, Dns.errnoOf(new UnknownHostException("x: No address associated with hostname")));
    }

    @Test
    void lookupServiceOfLoopbackGivesHostAndService() {
        NameInfo n = Dns.lookupService("127.0.0.1", 22);
        assertFalse(n.hostname().isEmpty());
        assertEquals(Dns.serviceName(22, "tcp"), n.service());
    }

    @Test
    void lookupServiceOfNonLiteralIsEinval() {
        UvException e = assertThrows(UvException.class, () -> Dns.lookupService("localhost", 80));
        assertEquals(Errno.EINVAL, e.errno());
        assertEquals("getnameinfo", e.syscall());
    }

    @Test
    void servicesFileParsing() {
        Map<String, String> m = Dns.parseServices(List.of(
                "# comment",
                "ssh\t\t22/tcp\t\t\t# SSH Remote Login Protocol",
                "http   80/tcp   www",
                "alias  80/tcp",
                "",
                "domain 53/udp"));
        assertEquals("ssh", m.get("22/tcp"));
        assertEquals("http", m.get("80/tcp"));
        assertEquals("domain", m.get("53/udp"));
        assertNull(m.get("53/tcp"));
    }

    @Test
    void unknownPortIsItsNumber() {
        assertEquals("65000", Dns.serviceName(65000, "tcp"));
    }
}
