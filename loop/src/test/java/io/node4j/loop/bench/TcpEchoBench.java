package io.node4j.loop.bench;

import io.node4j.loop.Loop;
import io.node4j.loop.LoopMetrics;
import io.node4j.loop.RunMode;
import io.node4j.loop.UvException;
import io.node4j.loop.net.Tcp;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * TCP echo round trips per second on 127.0.0.1, server and clients on one loop in one thread.
 * {@code CONNS} clients each send a 64-byte message, wait until all 64 bytes came back, and send the
 * next, until {@code WARMUP + MEASURED} round trips are done in total; the last {@code MEASURED} are
 * timed. The server writes back every chunk it reads. TCP_NODELAY on every socket. Twin:
 * bench/loop/tcp-echo.js (the net module, same pattern).
 *
 * <p>Usage: {@code TcpEchoBench [CONNS [WARMUP [MEASURED]]]}
 */
public final class TcpEchoBench {
    static final int MESSAGE = 64;

    private final Loop loop;
    private final Tcp server;
    private final List<Tcp> accepted = new ArrayList<>();
    private final List<Tcp> clients = new ArrayList<>();
    private final ByteBuffer message;
    private final long warmup;
    private final long target;
    private long started;
    private long done;
    private int closedClients;
    private long t0;
    private long t1;
    private long c0;
    private long c1;
    private LoopMetrics m0;
    private LoopMetrics m1;

    private TcpEchoBench(Loop loop, long warmup, long measured) {
        this.loop = loop;
        this.warmup = warmup;
        this.target = warmup + measured;
        byte[] bytes = new byte[MESSAGE];
        for (int i = 0; i < MESSAGE; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        message = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
        server = new Tcp(loop);
        server.bind("127.0.0.1", 0);
        server.listen(511, this::onConnection);
    }

    private static void check(UvException error) {
        if (error != null) {
            throw error;
        }
    }

    private void onConnection(UvException error) {
        check(error);
        Tcp conn = server.accept();
        conn.setNoDelay(true);
        accepted.add(conn);
        conn.readStart((data, err) -> {
            if (err != null) { // the client closed: EOF
                conn.close(null);
                return;
            }
            conn.write(data, null);
        });
    }

    private void connect(int port) {
        Tcp client = new Tcp(loop);
        client.setNoDelay(true);
        clients.add(client);
        int[] got = {0};
        client.connect("127.0.0.1", port, error -> {
            check(error);
            client.readStart((data, err) -> {
                check(err);
                got[0] += data.remaining();
                if (got[0] < MESSAGE) {
                    return;
                }
                got[0] -= MESSAGE;
                roundTripDone();
                if (started < target) {
                    send(client);
                } else {
                    client.close(this::clientClosed);
                }
            });
            send(client);
        });
    }

    private void send(Tcp client) {
        started++;
        client.write(message, null);
    }

    private void roundTripDone() {
        done++;
        if (done == warmup) {
            t0 = System.nanoTime();
            c0 = BenchOut.cpuNanos();
            m0 = loop.metrics();
        } else if (done == target) {
            t1 = System.nanoTime();
            c1 = BenchOut.cpuNanos();
            m1 = loop.metrics();
        }
    }

    private void clientClosed() {
        if (++closedClients == clients.size()) {
            server.close(null);
        }
    }

    public static void main(String[] args) {
        int conns = (int) BenchOut.arg(args, 0, 1);
        long warmup = BenchOut.arg(args, 1, 50_000);
        long measured = BenchOut.arg(args, 2, 150_000);
        Loop loop = new Loop();
        TcpEchoBench b = new TcpEchoBench(loop, warmup, measured);
        int port = b.server.getsockname().port();
        for (int i = 0; i < conns; i++) {
            b.connect(port);
        }
        loop.run(RunMode.DEFAULT);
        loop.close();
        if (b.done != b.target) {
            throw new AssertionError("round trips " + b.done + " of " + b.target);
        }
        BenchOut.report(conns == 1 ? "tcp-echo" : "tcp-echo x" + conns, measured, b.t1 - b.t0, b.c1 - b.c0,
                b.m0, b.m1,
                conns + " connection(s), " + MESSAGE + "-byte messages, round trips");
    }
}
