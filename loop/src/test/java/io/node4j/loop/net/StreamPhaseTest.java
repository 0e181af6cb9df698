package io.node4j.loop.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.node4j.loop.Errno;
import io.node4j.loop.RunMode;
import io.node4j.loop.UvException;
import io.node4j.loop.Watcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The phase each stream callback comes in, as libuv's (what Node's event order rests on), and what a
 * closed socket releases at once.
 */
class StreamPhaseTest extends NetTestBase {
    @TempDir
    Path dir;

    private final List<String> events = new ArrayList<>();

    /** A prepare watcher marks the point between the pending phase and the poll phase. */
    private Watcher markPrepare() {
        Watcher prepare = new Watcher(loop, Watcher.Phase.PREPARE);
        prepare.start(() -> events.add("prepare"));
        prepare.unref();
        return prepare;
    }

    @Test
    void aShutdownWithNothingQueuedCompletesInTheNextPendingPhase() {
        Tcp server = echoServer("127.0.0.1");
        Tcp client = new Tcp(loop);
        client.connect("127.0.0.1", server.getsockname().port(), error -> {
            assertNull(error);
            events.add("connected");
        });
        loop.run(RunMode.ONCE);
        while (!events.contains("connected")) {
            loop.run(RunMode.ONCE);
        }
        Watcher prepare = markPrepare();
        events.clear();

        client.shutdown(error -> {
            assertNull(error);
            events.add("shutdown");
        });
        loop.run(RunMode.NOWAIT);

        assertEquals(List.of("shutdown", "prepare"), events.subList(0, 2), "pending phase, before prepare");
        closeAll(prepare, client, server);
        closeAll(serverConnections.toArray(new Stream[0]));
    }

    @Test
    void aPipeConnectThatSucceedsAtOnceIsReportedFromThePollPhase() {
        Path path = dir.resolve("s.sock");
        Pipe server = new Pipe(loop);
        server.bind(path.toString());
        server.listen(16, error -> {
            events.add("accept");
            echo(server.accept());
        });
        Watcher prepare = markPrepare();
        Pipe client = new Pipe(loop);
        client.connect(path.toString(), error -> {
            assertNull(error);
            events.add("connect");
        });

        while (!(events.contains("connect") && events.contains("accept"))) {
            loop.run(RunMode.ONCE);
        }

        // The server sees the connection first (its socket was watched before the client's), and the
        // client's callback comes after prepare: from poll, not from the pending phase before it.
        assertEquals(List.of("prepare", "accept", "connect"), events.subList(0, 3));
        closeAll(prepare, client, server);
        closeAll(serverConnections.toArray(new Stream[0]));
    }

    @Test
    void aClosedServerFreesItsPortAndRefusesConnectionsAtOnce() {
        Tcp server = echoServer("127.0.0.1");
        int port = server.getsockname().port();
        server.close(null);

        // Without a loop iteration in between: the port is free and nobody accepts any more.
        Tcp again = new Tcp(loop);
        again.bind("127.0.0.1", port);
        again.listen(16, error -> { });
        again.close(null);
        Tcp client = new Tcp(loop);
        UvException[] result = new UvException[1];
        client.connect("127.0.0.1", port, error -> {
            result[0] = error;
            client.close(null);
        });
        loop.run(RunMode.DEFAULT);

        assertEquals(Errno.ECONNREFUSED, result[0].errno(), "not accepted and then reset");
    }

    @Test
    void typeOfServiceIsSetOnAConnectedSocket() {
        Tcp server = echoServer("127.0.0.1");
        Tcp client = new Tcp(loop);
        assertEquals(Errno.EBADF, assertThrows(UvException.class, () -> client.setTypeOfService(8)).errno(),
                "no socket before connect");
        int[] tos = new int[1];
        client.connect("127.0.0.1", server.getsockname().port(), error -> {
            assertNull(error);
            client.setTypeOfService(0x10);
            tos[0] = client.typeOfService();
            client.close(null);
            server.close(null);
        });
        loop.run(RunMode.DEFAULT);

        assertEquals(0x10, tos[0]);
        closeAll(serverConnections.toArray(new Stream[0]));
    }

    @Test
    void chmodOpensTheSocketFileToEveryone() throws Exception {
        Path path = dir.resolve("chmod.sock");
        Pipe server = new Pipe(loop);
        server.bind(path.toString());
        assertEquals(Errno.EBADF, assertThrows(UvException.class, () -> server.chmod(true, true)).errno(),
                "no socket file before listen");
        server.listen(16, error -> { });
        Files.setPosixFilePermissions(path, Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE));

        server.chmod(true, false);
        Set<PosixFilePermission> readable = Files.getPosixFilePermissions(path);
        server.chmod(false, true);
        Set<PosixFilePermission> both = Files.getPosixFilePermissions(path);

        assertTrue(readable.containsAll(Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ)));
        assertTrue(!readable.contains(PosixFilePermission.OTHERS_WRITE));
        assertTrue(both.containsAll(Set.of(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.GROUP_WRITE)), "bits it had are kept");
        assertEquals(Errno.EINVAL, assertThrows(UvException.class, () -> server.chmod(false, false)).errno());
        closeAll(server);
    }
}
