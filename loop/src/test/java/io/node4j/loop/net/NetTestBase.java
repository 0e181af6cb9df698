package io.node4j.loop.net;

import static org.junit.jupiter.api.Assertions.assertNull;

import io.node4j.loop.Errno;
import io.node4j.loop.LoopTestBase;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Helpers for the socket tests: an echo server on the test's loop, byte collection, text buffers. */
abstract class NetTestBase extends LoopTestBase {
    /** Connections the echo server accepted (each closes itself at EOF). */
    protected final List<Stream> serverConnections = new ArrayList<>();

    /** Listens on {@code host}:0 and echoes every connection back until its EOF, then closes it. */
    protected Tcp echoServer(String host) {
        Tcp server = new Tcp(loop);
        server.bind(host, 0);
        server.listen(511, error -> {
            assertNull(error);
            echo(server.accept());
        });
        return server;
    }

    /** Echoes what {@code conn} reads; at EOF (or an error) closes it. */
    protected void echo(Stream conn) {
        serverConnections.add(conn);
        conn.readStart((data, error) -> {
            if (error != null) {
                conn.close(null);
                return;
            }
            conn.write(data, null);
        });
    }

    protected static ByteBuffer text(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    protected static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    protected static void append(ByteArrayOutputStream out, ByteBuffer data) {
        byte[] b = new byte[data.remaining()];
        data.get(b);
        out.writeBytes(b);
    }

    /** Reads {@code conn} into {@code out} until EOF, then runs {@code atEof}; any other error fails. */
    protected static void readAll(Stream conn, ByteArrayOutputStream out, Runnable atEof) {
        conn.readStart((data, error) -> {
            if (error == null) {
                append(out, data);
            } else if (error.errno() == Errno.EOF) {
                atEof.run();
            } else {
                throw error;
            }
        });
    }
}
