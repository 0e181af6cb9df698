package io.node4j.loop.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.node4j.loop.Errno;
import io.node4j.loop.RunMode;
import io.node4j.loop.UvException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unix-domain stream sockets (what Node's net uses for a path). */
class PipeTest extends NetTestBase {
    @TempDir
    Path dir;

    private Pipe echoPipeServer(Path path) {
        Pipe server = new Pipe(loop);
        server.bind(path.toString());
        server.listen(511, error -> {
            assertNull(error);
            echo(server.accept());
        });
        return server;
    }

    @Test
    void echoOverAUnixDomainSocket() {
        Path path = dir.resolve("echo.sock");
        Pipe server = echoPipeServer(path);
        assertTrue(Files.exists(path), "listen creates the socket file");
        Pipe client = new Pipe(loop);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        String[] names = new String[2];
        client.connect(path.toString(), error -> {
            assertNull(error);
            names[0] = client.getpeername();
            names[1] = server.getsockname();
            client.write(text("through the pipe"), null);
            client.shutdown(null);
            readAll(client, got, () -> {
                client.close(null);
                server.close(null);
            });
        });

        loop.run(RunMode.DEFAULT);

        assertEquals("through the pipe", text(got));
        assertEquals(path.toString(), names[0]);
        assertEquals(path.toString(), names[1]);
        assertFalse(Files.exists(path), "closing the server removes its socket file");
    }

    @Test
    void connectingToAMissingSocketFileIsEnoent() {
        Pipe client = new Pipe(loop);
        UvException[] result = new UvException[1];
        client.connect(dir.resolve("nobody.sock").toString(), error -> {
            result[0] = error;
            client.close(null);
        });

        loop.run(RunMode.DEFAULT);

        assertEquals(Errno.ENOENT, result[0].errno());
        assertEquals("connect", result[0].syscall());
    }

    @Test
    void connectingToASocketFileNobodyListensOnIsEconnrefused() throws IOException {
        Path path = dir.resolve("stale.sock");
        try (ServerSocketChannel gone = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            gone.bind(UnixDomainSocketAddress.of(path)); // the file stays after close
        }
        Pipe client = new Pipe(loop);
        UvException[] result = new UvException[1];
        client.connect(path.toString(), error -> {
            result[0] = error;
            client.close(null);
        });

        loop.run(RunMode.DEFAULT);

        assertEquals(Errno.ECONNREFUSED, result[0].errno());
    }

    @Test
    void bindingAnExistingPathIsEaddrinuse() throws IOException {
        Path path = Files.createFile(dir.resolve("taken"));
        Pipe pipe = new Pipe(loop);

        UvException e = assertThrows(UvException.class, () -> pipe.bind(path.toString()));

        assertEquals(Errno.EADDRINUSE, e.errno());
        assertEquals(path.toString(), e.path());
        closeAll(pipe);
    }

    @Test
    void bindingInAMissingDirectoryIsEnoent() {
        Pipe pipe = new Pipe(loop);
        UvException e = assertThrows(UvException.class, () -> pipe.bind(dir.resolve("no/such.sock").toString()));

        assertEquals(Errno.ENOENT, e.errno());
        closeAll(pipe);
    }

    @Test
    void manyClientsShareOnePipeServer() {
        Path path = dir.resolve("many.sock");
        Pipe server = echoPipeServer(path);
        int n = 50;
        int[] done = {0};
        String[] echoed = new String[n];
        for (int i = 0; i < n; i++) {
            int id = i;
            Pipe client = new Pipe(loop);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            client.connect(path.toString(), error -> {
                assertNull(error);
                client.write(text("client " + id), null);
                client.shutdown(null);
                readAll(client, got, () -> {
                    echoed[id] = text(got);
                    client.close(null);
                    if (++done[0] == n) {
                        server.close(null);
                    }
                });
            });
        }

        loop.run(RunMode.DEFAULT);

        for (int i = 0; i < n; i++) {
            assertEquals("client " + i, echoed[i]);
        }
    }

    @Test
    void unrefdPipeServerLetsTheLoopExit() {
        Pipe server = echoPipeServer(dir.resolve("idle.sock"));
        server.unref();

        assertFalse(loop.run(RunMode.DEFAULT));
        closeAll(server);
    }
}
