package io.node4j.loop.dns;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * A small stub resolver, the part of c-ares Node's {@code dns.resolve*} uses: one question sent over
 * UDP to each server in turn, {@code tries} rounds of {@code timeoutMs} each, and over TCP when the
 * UDP answer comes back truncated. Blocking and thread-safe; run on the thread pool.
 *
 * <p>Failures are {@link DnsException}s carrying c-ares' code as Node names it: ENOTFOUND (NXDOMAIN),
 * ENODATA (no record of the type), ESERVFAIL, EREFUSED, EFORMERR, ENOTIMP, EBADRESP (undecodable
 * answer), ECONNREFUSED (every server refused: ICMP port unreachable), ETIMEOUT.
 */
public final class DnsClient {
    private static final SecureRandom IDS = new SecureRandom();

    private DnsClient() {
    }

    /** A resolver failure with Node's code (e.g. "ENOTFOUND"). */
    public static final class DnsException extends RuntimeException {
        private final String code;

        public DnsException(String code) {
            super(code, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The name servers of /etc/resolv.conf (port 53), or 127.0.0.1 when it lists none. */
    public static List<InetSocketAddress> systemServers() {
        List<InetSocketAddress> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/etc/resolv.conf"), StandardCharsets.ISO_8859_1)) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 2 && f[0].equals("nameserver")) {
                    String host = f[1];
                    int pct = host.indexOf('%');
                    if (pct >= 0) {
                        host = host.substring(0, pct);
                    }
                    try {
                        out.add(new InetSocketAddress(java.net.InetAddress.ofLiteral(host), 53));
                    } catch (IllegalArgumentException ignored) {
                        // not an address: skipped, as c-ares does
                    }
                }
            }
        } catch (IOException e) {
            // no resolv.conf: the default below
        }
        if (out.isEmpty()) {
            out.add(new InetSocketAddress("127.0.0.1", 53));
        }
        return out;
    }

    /**
     * Asks the servers for {@code name}'s records of {@code type} and returns the whole answer (the
     * caller picks the records it wants). Answers with an error rcode become exceptions.
     */
    public static DnsMessage query(List<InetSocketAddress> servers, String name, int type, int timeoutMs,
            int tries) {
        if (servers.isEmpty()) {
            throw new DnsException("ECONNREFUSED");
        }
        byte[] id = new byte[2];
        boolean refusedEverywhere = true;
        for (int attempt = 0; attempt < Math.max(1, tries); attempt++) {
            refusedEverywhere = true;
            for (InetSocketAddress server : servers) {
                IDS.nextBytes(id);
                int qid = ((id[0] & 0xff) << 8) | (id[1] & 0xff);
                byte[] request = DnsMessage.query(qid, name, type).encode();
                DnsMessage answer;
                try {
                    answer = udp(server, request, qid, timeoutMs);
                    refusedEverywhere = false;
                    if (answer == null) {
                        continue; // timed out: the next server
                    }
                    if (answer.truncated()) {
                        answer = tcp(server, request, qid, timeoutMs);
                        if (answer == null) {
                            continue;
                        }
                    }
                } catch (PortUnreachableException e) {
                    continue;
                } catch (IOException e) {
                    refusedEverywhere = false;
                    continue;
                } catch (DnsMessage.MalformedException e) {
                    throw new DnsException("EBADRESP");
                }
                return checked(answer);
            }
            if (refusedEverywhere) {
                throw new DnsException("ECONNREFUSED");
            }
        }
        throw new DnsException("ETIMEOUT");
    }

    private static DnsMessage checked(DnsMessage answer) {
        return switch (answer.rcode()) {
            case DnsMessage.NOERROR -> answer;
            case DnsMessage.NXDOMAIN -> throw new DnsException("ENOTFOUND");
            case DnsMessage.SERVFAIL -> throw new DnsException("ESERVFAIL");
            case DnsMessage.REFUSED -> throw new DnsException("EREFUSED");
            case DnsMessage.FORMERR -> throw new DnsException("EFORMERR");
            case DnsMessage.NOTIMP -> throw new DnsException("ENOTIMP");
            default -> throw new DnsException("EBADRESP");
        };
    }

    /** One UDP exchange; null on timeout. Answers with another id are ignored (spoofing, late replies). */
    private static DnsMessage udp(InetSocketAddress server, byte[] request, int qid, int timeoutMs)
            throws IOException {
        try (DatagramChannel ch = DatagramChannel.open(); Selector sel = Selector.open()) {
            ch.connect(server);
            ch.write(ByteBuffer.wrap(request));
            ch.configureBlocking(false);
            ch.register(sel, SelectionKey.OP_READ);
            long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
            ByteBuffer buf = ByteBuffer.allocate(65535);
            for (;;) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return null;
                }
                sel.select(left);
                sel.selectedKeys().clear();
                buf.clear();
                if (ch.read(buf) <= 0) {
                    continue;
                }
                byte[] got = java.util.Arrays.copyOf(buf.array(), buf.position());
                if (got.length >= 2 && (((got[0] & 0xff) << 8) | (got[1] & 0xff)) == qid) {
                    return DnsMessage.decode(got);
                }
            }
        }
    }

    /** The same question over TCP (two-byte length prefix, RFC 1035 §4.2.2). */
    private static DnsMessage tcp(InetSocketAddress server, byte[] request, int qid, int timeoutMs)
            throws IOException {
        try (Socket s = new Socket()) {
            s.connect(server, timeoutMs);
            s.setSoTimeout(timeoutMs);
            OutputStream out = s.getOutputStream();
            out.write(new byte[] {(byte) (request.length >> 8), (byte) request.length});
            out.write(request);
            out.flush();
            InputStream in = s.getInputStream();
            byte[] len = in.readNBytes(2);
            if (len.length < 2) {
                throw new DnsMessage.MalformedException("TCP answer ends early");
            }
            byte[] msg = in.readNBytes(((len[0] & 0xff) << 8) | (len[1] & 0xff));
            DnsMessage m = DnsMessage.decode(msg);
            if (m.id() != qid) {
                throw new DnsMessage.MalformedException("TCP answer for another id");
            }
            return m;
        } catch (SocketTimeoutException e) {
            return null;
        }
    }
}
