package io.node4j.loop.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.node4j.loop.Errno;
import io.node4j.loop.RunMode;
import io.node4j.loop.UvException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How TCP failures reach the caller: errno, syscall, and never a hang or a silent drop. */
class TcpErrorTest extends NetTestBase {

    private static int unusedPort() throws IOException {
        try (ServerSocketChannel s = ServerSocketChannel.open()) {
            s.bind(new InetSocketAddress(InetAddress.ofLiteral("127.0.0.1"), 0));
            return ((InetSocketAddress) s.getLocalAddress()).getPort();
        }
    }

    @Test
    void connectingToAPortNobodyListensOnIsEconnrefused() throws IOException {
        Tcp client = new Tcp(loop);
        UvException[] result = new UvException[1];
        client.connect("127.0.0.1", unusedPort(), error -> {
            result[0] = error;
            client.close(null);
        });
        assertNull(result[0], "the callback never runs inside connect");

        loop.run(RunMode.DEFAULT);

        assertNotNull(result[0]);
        assertEquals(Errno.ECONNREFUSED, result[0].errno());
        assertEquals("connect", result[0].syscall());
    }

    /**
     * The server resets each connection once it has read from it (not before: a reset that races the
     * client's connect completion is reported by the connect, as the kernel does).
     */
    private void resetAfterFirstRead(Tcp server) {
        server.listen(16, error -> {
            Tcp conn = server.accept();
            server.close(null);
            conn.readStart((data, readError) -> {
                assertNull(readError);
                conn.closeReset(null);
            });
        });
    }

    @Test
    void peerResetIsEconnresetOnRead() {
        Tcp server = new Tcp(loop);
        server.bind("127.0.0.1", 0);
        resetAfterFirstRead(server);
        Tcp client = new Tcp(loop);
        List<Errno> reads = new ArrayList<>();
        client.connect("127.0.0.1", server.getsockname().port(), error -> {
            assertNull(error);
            client.write(text("x"), null);
            client.readStart((data, readError) -> {
                reads.add(readError == null ? null : readError.errno());
                if (readError != null) {
                    assertEquals("read", readError.syscall());
                    client.close(null);
                }
            });
        });

        loop.run(RunMode.DEFAULT);

        assertEquals(List.of(Errno.ECONNRESET), reads);
    }

    @Test
    void writingToAResetPeerFailsThroughTheCallbackWithEpipeOrEconnreset() {
        Tcp server = new Tcp(loop);
        server.bind("127.0.0.1", 0);
        resetAfterFirstRead(server);
        Tcp client = new Tcp(loop);
        UvException[] writeError = new UvException[1];
        boolean[] called = new boolean[1];
        client.connect("127.0.0.1", server.getsockname().port(), error -> {
            client.write(text("x"), null);
            client.readStart((data, readError) -> {
                assertEquals(Errno.ECONNRESET, readError.errno());
                client.write(text("too late"), werr -> {
                    called[0] = true;
                    writeError[0] = werr;
                    client.close(null);
                });
            });
        });

        loop.run(RunMode.DEFAULT);

        assertTrue(called[0]);
        assertNotNull(writeError[0]);
        assertTrue(Set.of(Errno.EPIPE, Errno.ECONNRESET).contains(writeError[0].errno()), writeError[0].getMessage());
        assertEquals("write", writeError[0].syscall());
    }

    @Test
    void writeAfterCloseThrowsEbadf() {
        Tcp server = echoServer("127.0.0.1");
        Tcp client = new Tcp(loop);
        UvException[] thrown = new UvException[1];
        client.connect("127.0.0.1", server.getsockname().port(), error -> {
            client.close(null);
            thrown[0] = assertThrows(UvException.class, () -> client.write(text("x"), e -> { }));
            server.close(null);
        });

        loop.run(RunMode.DEFAULT);

        assertEquals(Errno.EBADF, thrown[0].errno());
        assertFalse(client.isWritable());
    }

    @Test
    void writeOnANeverConnectedHandleThrowsEbadf() {
        Tcp tcp = new Tcp(loop);
        assertEquals(Errno.EBADF, assertThrows(UvException.class, () -> tcp.write(text("x"), null)).errno());
        assertEquals(Errno.ENOTCONN, assertThrows(UvException.class, () -> tcp.readStart((d, e) -> { })).errno());
        assertEquals(Errno.ENOTCONN, assertThrows(UvException.class, () -> tcp.shutdown(null)).errno());
        closeAll(tcp);
    }

    @Test
    void closeCancelsQueuedWritesWithEcanceledBeforeTheCloseCallback() {
        Tcp server = new Tcp(loop);
        server.bind("127.0.0.1", 0);
        List<Tcp> accepted = new ArrayList<>();
        server.listen(16, error -> accepted.add(server.accept())); // never reads
        Tcp client = new Tcp(loop);
        List<String> log = new ArrayList<>();
        client.connect("127.0.0.1", server.getsockname().port(), error -> {
            ByteBuffer big = ByteBuffer.allocate(64 << 20);
            client.write(big, werr -> log.add("write " + (werr == null ? "ok" : werr.errno())));
            client.write(text("after"), werr -> log.add("write2 " + (werr == null ? "ok" : werr.errno())));
            assertTrue(client.writeQueueSize() > 0, "64 MiB cannot fit in the socket buffers");
            client.close(() -> log.add("closed"));
            assertEquals(0, client.writeQueueSize());
            accepted.forEach(c -> c.close(null));
            server.close(null);
        });

        loop.run(RunMode.DEFAULT);

        assertEquals(List.of("write ECANCELED", "write2 ECANCELED", "closed"), log);
    }

    @Test
    void closingDuringConnectCancelsItBeforeTheCloseCallback() {
        Tcp server = echoServer("127.0.0.1");
        Tcp client = new Tcp(loop);
        List<String> log = new ArrayList<>();
        client.connect("127.0.0.1", server.getsockname().port(),
                error -> log.add("connect " + (error == null ? "ok" : error.errno() + " " + error.syscall())));
        client.write(text("never sent"), werr -> log.add("write " + werr.errno()));
        client.close(() -> log.add("closed"));
        server.close(null);

        loop.run(RunMode.DEFAULT);

        assertEquals(List.of("connect ECANCELED connect", "write ECANCELED", "closed"), log);
    }

    @Test
    void listeningTwiceOnOnePortIsEaddrinuseFromListen() {
        Tcp first = echoServer("127.0.0.1");
        int port = first.getsockname().port();
        Tcp second = new Tcp(loop);
        second.bind("127.0.0.1", port); // libuv, too, delays EADDRINUSE to listen

        UvException e = assertThrows(UvException.class, () -> second.listen(16, error -> { }));

        assertEquals(Errno.EADDRINUSE, e.errno());
        assertEquals("listen", e.syscall());
        assertFalse(second.isActive());
        closeAll(first, second);
    }

    @Test
    void bindingTheSameHandleTwiceIsEinval() {
        Tcp tcp = new Tcp(loop);
        tcp.bind("127.0.0.1", 0);
        assertEquals(Errno.EINVAL, assertThrows(UvException.class, () -> tcp.bind("127.0.0.1", 0)).errno());
        closeAll(tcp);
    }

    @Test
    void bindingANonLocalAddressIsEaddrnotavail() {
        Tcp tcp = new Tcp(loop);
        UvException e = assertThrows(UvException.class, () -> tcp.bind("192.0.2.1", 0)); // TEST-NET-1

        assertEquals(Errno.EADDRNOTAVAIL, e.errno());
        assertEquals("bind", e.syscall());
        closeAll(tcp);
    }

    @Test
    void hostNamesAreNotResolvedHere() {
        Tcp tcp = new Tcp(loop);
        assertEquals(Errno.EINVAL, assertThrows(UvException.class, () -> tcp.bind("localhost", 0)).errno());
        assertEquals(Errno.EINVAL,
                assertThrows(UvException.class, () -> tcp.connect("localhost", 80, e -> { })).errno());
        closeAll(tcp);
    }

    @Test
    void socketMethodsCheckTheLoopThread() throws InterruptedException {
        Tcp tcp = new Tcp(loop);
        Throwable[] thrown = new Throwable[1];
        Thread t = Thread.ofPlatform().start(() -> {
            try {
                tcp.bind("127.0.0.1", 0);
            } catch (Throwable e) {
                thrown[0] = e;
            }
        });
        t.join();

        assertTrue(thrown[0] instanceof IllegalStateException, String.valueOf(thrown[0]));
        closeAll(tcp);
    }
}
