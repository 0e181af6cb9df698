package io.node4j.loop.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.node4j.loop.RunMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.ServerSocketChannel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Connecting, echoing and addresses over loopback TCP. */
class TcpEchoTest extends NetTestBase {

    /** Connects to the echo server, sends {@code message}, reads the echo until EOF after a shutdown. */
    private String echoRoundTrip(String host, Tcp server, String message) {
        Tcp client = new Tcp(loop);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        Thread[] callbackThread = new Thread[1];
        client.connect(host, server.getsockname().port(), error -> {
            assertNull(error);
            callbackThread[0] = Thread.currentThread();
            client.write(text(message), null);
            client.shutdown(null);
            readAll(client, got, () -> {
                client.close(null);
                server.close(null);
            });
        });
        loop.run(RunMode.DEFAULT);
        assertSame(Thread.currentThread(), callbackThread[0]);
        return text(got);
    }

    @Test
    void echoServerOnIpv4LoopbackWithPortZero() {
        Tcp server = echoServer("127.0.0.1");
        assertTrue(server.getsockname().port() > 0);

        assertEquals("hello, loop", echoRoundTrip("127.0.0.1", server, "hello, loop"));
        assertEquals(1, serverConnections.size());
        assertTrue(serverConnections.getFirst().isClosed());
    }

    @Test
    void echoServerOnIpv6Loopback() {
        Assumptions.assumeTrue(ipv6LoopbackWorks(), "no IPv6 loopback here");
        Tcp server = echoServer("::1");
        SocketAddr local = server.getsockname();
        assertEquals("::1", local.address());
        assertEquals("IPv6", local.family());

        assertEquals("over v6", echoRoundTrip("::1", server, "over v6"));
    }

    @Test
    void getsocknameAndGetpeernameMatchOnBothEnds() {
        Tcp server = new Tcp(loop);
        server.bind("127.0.0.1", 0);
        SocketAddr[] conn = new SocketAddr[2];
        SocketAddr[] client = new SocketAddr[2];
        Tcp tcp = new Tcp(loop);
        server.listen(16, error -> {
            Tcp accepted = server.accept();
            conn[0] = accepted.getsockname();
            conn[1] = accepted.getpeername();
            accepted.close(null);
            server.close(null);
        });
        tcp.connect("127.0.0.1", server.getsockname().port(), error -> {
            assertNull(error);
            client[0] = tcp.getsockname();
            client[1] = tcp.getpeername();
            tcp.close(null);
        });
        SocketAddr serverAddr = server.getsockname();

        loop.run(RunMode.DEFAULT);

        assertEquals(new SocketAddr("127.0.0.1", "IPv4", serverAddr.port()), serverAddr);
        assertEquals(serverAddr, conn[0]);
        assertEquals(serverAddr, client[1]);
        assertEquals(client[0], conn[1]);
        assertEquals("IPv4", client[0].family());
        assertTrue(client[0].port() > 0);
    }

    @Test
    void aThousandConcurrentConnectionsEachGetTheirEcho() {
        int n = 1000;
        Tcp server = new Tcp(loop);
        server.bind("127.0.0.1", 0);
        server.listen(4096, error -> {
            assertNull(error);
            echo(server.accept());
        });
        int port = server.getsockname().port();
        String[] echoed = new String[n];
        int[] done = {0};
        for (int i = 0; i < n; i++) {
            int id = i;
            Tcp client = new Tcp(loop);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            String message = "message " + id;
            client.connect("127.0.0.1", port, error -> {
                assertNull(error);
                client.write(text(message), null);
                client.readStart((data, readError) -> {
                    assertNull(readError);
                    append(got, data);
                    if (got.size() == message.length()) {
                        echoed[id] = text(got);
                        client.close(null);
                        if (++done[0] == n) {
                            server.close(null);
                        }
                    }
                });
            });
        }

        loop.run(RunMode.DEFAULT);

        for (int i = 0; i < n; i++) {
            assertEquals("message " + i, echoed[i]);
        }
        assertEquals(n, serverConnections.size());
    }

    @Test
    void unrefdListeningServerLetsTheLoopExit() {
        Tcp server = echoServer("127.0.0.1");
        assertTrue(loop.isAlive());
        server.unref();

        assertFalse(loop.run(RunMode.DEFAULT));
        assertTrue(server.isListening());
        closeAll(server);
    }

    @Test
    void readingConnectionKeepsTheLoopAliveUntilEof() {
        Tcp server = echoServer("127.0.0.1");
        server.unref();
        Tcp client = new Tcp(loop);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        client.connect("127.0.0.1", server.getsockname().port(), error -> {
            client.write(text("abc"), error2 -> client.shutdown(null));
            readAll(client, got, () -> client.close(null));
        });

        assertFalse(loop.run(RunMode.DEFAULT));

        assertEquals("abc", text(got));
        closeAll(server);
    }

    private static boolean ipv6LoopbackWorks() {
        try (ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.INET6)) {
            s.bind(new InetSocketAddress(InetAddress.ofLiteral("::1"), 0));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
