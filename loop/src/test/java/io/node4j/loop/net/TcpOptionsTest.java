package io.node4j.loop.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.node4j.loop.Errno;
import io.node4j.loop.RunMode;
import io.node4j.loop.UvException;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import jdk.net.ExtendedSocketOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Socket options, the dual-stack default listen address, and Node's address formatting. */
class TcpOptionsTest extends NetTestBase {

    @Test
    void noDelayAndKeepAliveSetBeforeConnectApplyToTheSocket() throws IOException {
        Tcp server = echoServer("127.0.0.1");
        Tcp client = new Tcp(loop);
        client.setNoDelay(true);
        client.setKeepAlive(true, 7);
        client.connect("127.0.0.1", server.getsockname().port(), error -> {
            client.close(null);
            server.close(null);
        });

        assertTrue(client.channel.getOption(StandardSocketOptions.TCP_NODELAY));
        assertTrue(client.channel.getOption(StandardSocketOptions.SO_KEEPALIVE));
        assertEquals(7, client.channel.getOption(ExtendedSocketOptions.TCP_KEEPIDLE));
        loop.run(RunMode.DEFAULT);
    }

    @Test
    void listeningSocketsReuseTheAddressAndReusePortIsAFlag() throws IOException {
        Tcp first = new Tcp(loop);
        first.bind("127.0.0.1", 0, Tcp.REUSEPORT);
        first.listen(16, error -> { });
        Tcp second = new Tcp(loop);
        second.bind("127.0.0.1", first.getsockname().port(), Tcp.REUSEPORT);
        second.listen(16, error -> { }); // both listen on one port: no EADDRINUSE

        assertTrue(first.server.getOption(StandardSocketOptions.SO_REUSEADDR));
        assertEquals(first.getsockname(), second.getsockname());
        closeAll(first, second);
    }

    @Test
    void ipv6OnlyIsNotSupportedByJavaNioOnTheWildcard() {
        Tcp tcp = new Tcp(loop);
        assertEquals(Errno.ENOTSUP, assertThrows(UvException.class, () -> tcp.bind("::", 0, Tcp.IPV6ONLY)).errno());
        closeAll(tcp);
    }

    @Test
    void ipv6OnlyOnASpecificIpv6AddressIsWhatItIsAnyway() {
        Assumptions.assumeTrue(ipv6Works(), "no IPv6 here");
        Tcp tcp = new Tcp(loop);
        tcp.bind("::1", 0, Tcp.IPV6ONLY);
        tcp.listen(16, error -> { });
        assertEquals("::1", tcp.getsockname().address());
        closeAll(tcp);
    }

    @Test
    void listenWithoutBindIsDualStackAndShowsIpv4PeersAsMappedIpv6() {
        Assumptions.assumeTrue(ipv6Works(), "no IPv6 here");
        Tcp server = new Tcp(loop);
        SocketAddr[] peer = new SocketAddr[1];
        server.listen(16, error -> {
            Tcp conn = server.accept();
            peer[0] = conn.getpeername();
            conn.close(null);
            server.close(null);
        });
        SocketAddr local = server.getsockname();
        assertEquals("::", local.address());
        Tcp client = new Tcp(loop);
        client.connect("127.0.0.1", local.port(), error -> {
            assertNull(error);
            client.close(null);
        });

        loop.run(RunMode.DEFAULT);

        assertEquals("IPv6", peer[0].family());
        assertTrue(peer[0].address().startsWith("::ffff:127.0.0.1"), peer[0].address());
    }

    @Test
    void ipv6AddressesUseTheShortestForm() {
        assertEquals("::1", v6("0:0:0:0:0:0:0:1"));
        assertEquals("::", v6("0:0:0:0:0:0:0:0"));
        assertEquals("2001:db8::1", v6("2001:0db8:0:0:0:0:0:1"));
        assertEquals("1::", v6("1:0:0:0:0:0:0:0"));
        assertEquals("2001:db8:0:1:1:1:1:1", v6("2001:db8:0:1:1:1:1:1")); // a single zero group stays
        assertEquals("1:0:0:2::3", v6("1:0:0:2:0:0:0:3")); // the longest run is compressed
        assertEquals("1::2:0:0:3:0", v6("1:0:0:2:0:0:3:0")); // of equal runs, the first
    }

    private static String v6(String literal) {
        return SocketAddr.format((Inet6Address) InetAddress.ofLiteral(literal));
    }

    private static boolean ipv6Works() {
        try (ServerSocketChannel s = ServerSocketChannel.open(java.net.StandardProtocolFamily.INET6)) {
            return s.isOpen();
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
