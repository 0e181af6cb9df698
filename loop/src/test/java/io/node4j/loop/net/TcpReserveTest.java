package io.node4j.loop.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.node4j.loop.Errno;
import io.node4j.loop.RunMode;
import io.node4j.loop.UvException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import org.junit.jupiter.api.Test;

/** Tcp.RESERVE: a bound socket that holds an address for listeners elsewhere (a cluster's workers). */
class TcpReserveTest extends NetTestBase {
    @Test
    void reservingPortZeroGivesAConcretePortThatReusePortListenersShare() {
        Tcp reservation = new Tcp(loop);
        reservation.bind("127.0.0.1", 0, Tcp.REUSEPORT | Tcp.RESERVE);
        int port = reservation.getsockname().port();
        assertNotEquals(0, port);
        assertFalse(reservation.isActive()); // it never listens, so it keeps no loop alive

        Tcp listener = new Tcp(loop);
        listener.bind("127.0.0.1", port, Tcp.REUSEPORT);
        listener.listen(16, error -> { });
        assertEquals(port, listener.getsockname().port());
        closeAll(reservation, listener);
        loop.run(RunMode.DEFAULT);
    }

    @Test
    void reservingAnAddressInUseFailsAtBind() throws IOException {
        try (ServerSocketChannel other = ServerSocketChannel.open()) {
            other.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = ((InetSocketAddress) other.getLocalAddress()).getPort();
            Tcp reservation = new Tcp(loop);
            UvException error = assertThrows(UvException.class,
                    () -> reservation.bind("127.0.0.1", port, Tcp.REUSEPORT | Tcp.RESERVE));
            assertEquals(Errno.EADDRINUSE, error.errno());
            closeAll(reservation);
        }
    }

    @Test
    void closingTheReservationFreesThePort() throws IOException {
        Tcp reservation = new Tcp(loop);
        reservation.bind("127.0.0.1", 0, Tcp.RESERVE);
        int port = reservation.getsockname().port();
        closeAll(reservation);
        loop.run(RunMode.DEFAULT);
        try (ServerSocketChannel other = ServerSocketChannel.open()) {
            other.bind(new InetSocketAddress("127.0.0.1", port)); // no EADDRINUSE
        }
    }
}
