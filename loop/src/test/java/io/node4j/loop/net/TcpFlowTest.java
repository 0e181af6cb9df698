package io.node4j.loop.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.node4j.loop.Errno;
import io.node4j.loop.RunMode;
import io.node4j.loop.UvException;
import io.node4j.loop.Watcher;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Write queue, back-pressure, half-close and EOF. */
class TcpFlowTest extends NetTestBase {

    private static byte patternByte(long i) {
        return (byte) ((i * 31 + (i >>> 11)) % 251);
    }

    @Test
    void thirtyTwoMegabytesToASlowReaderArriveIntactWithWriteCallbacksInOrder() {
        int chunks = 32;
        int chunkSize = 1 << 20;
        byte[] expected = new byte[chunks * chunkSize];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = patternByte(i);
        }
        Tcp server = new Tcp(loop);
        server.bind("127.0.0.1", 0);
        ByteArrayOutputStream received = new ByteArrayOutputStream(expected.length);
        Watcher resume = new Watcher(loop, Watcher.Phase.CHECK);
        List<Integer> writeOrder = new ArrayList<>();
        long[] maxQueued = {0};
        int[] pauses = {0};
        Tcp[] conn = new Tcp[1];
        Tcp client = new Tcp(loop);

        server.listen(16, error -> {
            conn[0] = server.accept();
            server.close(null);
            // Slow reader: after every read, stop and resume only in the check phase of a later iteration.
            ReadCallback[] onRead = new ReadCallback[1];
            onRead[0] = (data, readError) -> {
                if (readError != null) {
                    assertEquals(Errno.EOF, readError.errno());
                    conn[0].close(null);
                    resume.close(null);
                    return;
                }
                append(received, data);
                conn[0].readStop();
                pauses[0]++;
                resume.start(() -> {
                    resume.stop();
                    conn[0].readStart(onRead[0]);
                });
            };
            conn[0].readStart(onRead[0]);
        });
        client.connect("127.0.0.1", server.getsockname().port(), error -> {
            assertNull(error);
            for (int c = 0; c < chunks; c++) {
                int id = c;
                ByteBuffer chunk = ByteBuffer.wrap(expected, c * chunkSize, chunkSize);
                client.write(chunk, werr -> {
                    assertNull(werr);
                    writeOrder.add(id);
                    if (id == chunks - 1) {
                        assertEquals(0, client.writeQueueSize());
                        client.close(null);
                    }
                });
                maxQueued[0] = Math.max(maxQueued[0], client.writeQueueSize());
            }
        });

        loop.run(RunMode.DEFAULT);

        assertTrue(maxQueued[0] > 0, "the kernel cannot take 32 MiB at once: writes must have been partial");
        List<Integer> inOrder = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            inOrder.add(c);
        }
        assertEquals(inOrder, writeOrder);
        assertEquals(expected.length, received.size());
        assertArrayEquals(expected, received.toByteArray());
        assertTrue(pauses[0] > 1);
    }

    @Test
    void writeQueueSizeCountsUnwrittenBytesAndTheCallerBuffersAreUntouched() {
        Tcp server = new Tcp(loop);
        server.bind("127.0.0.1", 0);
        server.listen(16, error -> server.accept().close(null));
        Tcp client = new Tcp(loop);
        ByteBuffer big = ByteBuffer.allocate(48 << 20);
        long[] queued = new long[1];
        client.connect("127.0.0.1", server.getsockname().port(), error -> {
            client.write(big, werr -> {
                assertEquals(Errno.ECANCELED, werr.errno());
            });
            queued[0] = client.writeQueueSize();
            client.close(null);
            server.close(null);
        });
        loop.run(RunMode.DEFAULT);

        assertTrue(queued[0] > 0 && queued[0] < big.capacity(), "queued " + queued[0]);
        assertEquals(0, big.position());
        assertEquals(big.capacity(), big.limit());
    }

    @Test
    void aPendingWriteKeepsTheLoopAliveEvenWhenEveryHandleIsUnrefd() {
        Tcp server = new Tcp(loop);
        server.bind("127.0.0.1", 0);
        long[] received = {0};
        Tcp[] conn = new Tcp[1];
        server.listen(16, error -> {
            conn[0] = server.accept();
            conn[0].unref();
            server.close(null);
            conn[0].readStart((data, readError) -> {
                if (data != null) {
                    received[0] += data.remaining();
                }
            });
        });
        Tcp client = new Tcp(loop);
        client.unref();
        boolean[] written = new boolean[1];
        int size = 16 << 20;
        client.connect("127.0.0.1", server.getsockname().port(), error -> {
            client.write(ByteBuffer.allocate(size), werr -> {
                assertNull(werr);
                written[0] = true;
                client.close(null);
                conn[0].close(null);
            });
            assertTrue(client.writeQueueSize() > 0);
        });

        assertFalse(loop.run(RunMode.DEFAULT));

        assertTrue(written[0], "the loop ran until the write request finished");
        assertTrue(received[0] > 0);
    }

    @Test
    void writeCallbackNeverRunsInsideWriteEvenWhenTheKernelTookEverything() {
        Tcp server = echoServer("127.0.0.1");
        Tcp client = new Tcp(loop);
        List<String> log = new ArrayList<>();
        client.connect("127.0.0.1", server.getsockname().port(), error -> {
            client.write(text("small"), werr -> log.add("written"));
            log.add("returned");
            assertEquals(0, client.writeQueueSize());
            client.close(null);
            server.close(null);
        });

        loop.run(RunMode.DEFAULT);

        assertEquals(List.of("returned", "written"), log);
    }

    @Test
    void shutdownSendsEofToThePeerWhichCanStillWriteBack() {
        Tcp server = new Tcp(loop);
        server.bind("127.0.0.1", 0);
        ByteArrayOutputStream serverGot = new ByteArrayOutputStream();
        ByteArrayOutputStream clientGot = new ByteArrayOutputStream();
        List<String> log = new ArrayList<>();
        server.listen(16, error -> {
            Tcp conn = server.accept();
            server.close(null);
            readAll(conn, serverGot, () -> {
                log.add("server saw EOF");
                conn.write(text("pong after your FIN"), werr -> {
                    assertNull(werr);
                    conn.close(null);
                });
            });
        });
        Tcp client = new Tcp(loop);
        client.connect("127.0.0.1", server.getsockname().port(), error -> {
            client.write(text("ping"), null);
            client.shutdown(serr -> {
                assertNull(serr);
                log.add("shutdown done");
            });
            assertFalse(client.isWritable());
            assertTrue(client.isReadable());
            UvException late = assertThrows(UvException.class, () -> client.write(text("x"), null));
            assertEquals(Errno.EPIPE, late.errno());
            assertEquals(Errno.ENOTCONN, assertThrows(UvException.class, () -> client.shutdown(null)).errno());
            readAll(client, clientGot, () -> {
                log.add("client saw EOF");
                client.close(null);
            });
        });

        loop.run(RunMode.DEFAULT);

        assertEquals("ping", text(serverGot));
        assertEquals("pong after your FIN", text(clientGot));
        assertEquals(List.of("shutdown done", "server saw EOF", "client saw EOF"), log);
    }

    @Test
    void writesIssuedWhileConnectingGoOutAfterTheConnect() {
        Tcp server = echoServer("127.0.0.1");
        Tcp client = new Tcp(loop);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        List<String> log = new ArrayList<>();
        client.connect("127.0.0.1", server.getsockname().port(), error -> log.add("connected"));
        assertTrue(client.isConnecting());
        client.write(text("early "), werr -> log.add("w1"));
        client.write(text("bird"), werr -> log.add("w2"));
        client.shutdown(serr -> log.add("shutdown"));
        readAll(client, got, () -> {
            client.close(null);
            server.close(null);
        });

        loop.run(RunMode.DEFAULT);

        assertEquals("early bird", text(got));
        assertEquals(List.of("connected", "w1", "w2", "shutdown"), log);
    }

    @Test
    void tryWriteWritesWhatTheKernelTakesAndRefusesWhileWritesAreQueued() {
        Tcp server = echoServer("127.0.0.1");
        Tcp client = new Tcp(loop);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        long[] written = new long[1];
        client.connect("127.0.0.1", server.getsockname().port(), error -> {
            written[0] = client.tryWrite(text("direct"));
            client.write(ByteBuffer.allocate(64 << 20), null);
            assertEquals(Errno.EAGAIN, assertThrows(UvException.class, () -> client.tryWrite(text("x"))).errno());
            client.close(null);
            server.close(null);
        });

        loop.run(RunMode.DEFAULT);

        assertEquals(6, written[0]);
        assertEquals("", text(got));
    }
}
