package io.node4j.loop.dns;

import io.node4j.loop.Errno;
import io.node4j.loop.UvException;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * getaddrinfo and getnameinfo as libuv's uv_getaddrinfo/uv_getnameinfo serve Node's
 * {@code dns.lookup} and {@code dns.lookupService}: through the JDK's resolver, which uses the
 * system's (glibc getaddrinfo: /etc/hosts, then DNS per nsswitch.conf). Every method blocks and is
 * thread-safe.
 *
 * <p>What the JDK changes: it caches answers (30 s for successes, 10 s for failures by default, see
 * the {@code networkaddress.cache.*} security properties); and unless the JVM runs with
 * {@code -Djava.net.preferIPv6Addresses=system} it returns IPv4 addresses before IPv6 ones, so
 * {@link Order#VERBATIM} is the resolver's order only under that setting.
 */
public final class Dns {
    private Dns() {
    }

    /** AI_ADDRCONFIG on Linux (Node's dns.ADDRCONFIG). */
    public static final int ADDRCONFIG = 0x20;
    /** AI_V4MAPPED on Linux (Node's dns.V4MAPPED). */
    public static final int V4MAPPED = 0x08;
    /** AI_ALL on Linux (Node's dns.ALL). */
    public static final int ALL = 0x10;

    /**
     * uv_getaddrinfo for {@code dns.lookup(hostname, {family, hints, order, all: true})}: every
     * address of {@code hostname}, family 0 (any), 4 or 6. Failures are
     * {@code UvException(EAI_*, "getaddrinfo", hostname)}: EAI_NONAME for an unknown name (Node shows
     * ENOTFOUND), EAI_AGAIN for a temporary failure.
     *
     * <p>Hints: V4MAPPED with family 6 turns IPv4 answers into {@code ::ffff:a.b.c.d} when there is
     * no IPv6 answer (with ALL, always, after the IPv6 ones). ADDRCONFIG keeps only the families the
     * host has a non-loopback address for; if it has none of either (loopback only), nothing is
     * filtered, so {@code localhost} still resolves.
     */
    public static List<LookupAddress> lookup(String hostname, int family, int hints, Order order) {
        if (family != 0 && family != 4 && family != 6) {
            throw new UvException(Errno.EAI_FAMILY, "getaddrinfo", hostname);
        }
        if (hostname == null || hostname.isEmpty() || hostname.indexOf('\0') >= 0) {
            throw new UvException(Errno.EAI_NONAME, "getaddrinfo", hostname);
        }
        InetAddress[] found;
        try {
            found = InetAddress.getAllByName(hostname);
        } catch (UnknownHostException e) {
            throw new UvException(errnoOf(e), "getaddrinfo", hostname);
        } catch (SecurityException | IllegalArgumentException e) {
            throw new UvException(Errno.EAI_FAIL, "getaddrinfo", hostname);
        }
        List<LookupAddress> v4 = new ArrayList<>();
        List<LookupAddress> v6 = new ArrayList<>();
        List<LookupAddress> verbatim = new ArrayList<>();
        boolean[] configured = (hints & ADDRCONFIG) != 0 ? configuredFamilies() : new boolean[] {true, true};
        for (InetAddress a : found) {
            LookupAddress la = a instanceof Inet6Address v6a
                    ? new LookupAddress(formatIpv6(v6a), 6)
                    : new LookupAddress(a.getHostAddress(), 4);
            if ((la.family() == 4 && !configured[0]) || (la.family() == 6 && !configured[1])) {
                continue;
            }
            if (!verbatim.contains(la)) {
                verbatim.add(la);
                (la.family() == 4 ? v4 : v6).add(la);
            }
        }
        List<LookupAddress> out;
        if (family == 4) {
            out = v4;
        } else if (family == 6) {
            out = new ArrayList<>(v6);
            if ((hints & V4MAPPED) != 0 && (v6.isEmpty() || (hints & ALL) != 0)) {
                for (LookupAddress a : v4) {
                    out.add(new LookupAddress("::ffff:" + a.address(), 6));
                }
            }
        } else {
            out = switch (order == null ? Order.VERBATIM : order) {
                case VERBATIM -> verbatim;
                case IPV4_FIRST -> concat(v4, v6);
                case IPV6_FIRST -> concat(v6, v4);
            };
        }
        if (out.isEmpty()) {
            throw new UvException(Errno.EAI_NONAME, "getaddrinfo", hostname);
        }
        return Collections.unmodifiableList(out);
    }

    /** {@code dns.lookup} without {@code all}: the first address {@link #lookup} gives. */
    public static LookupAddress lookupOne(String hostname, int family, int hints, Order order) {
        return lookup(hostname, family, hints, order).getFirst();
    }

    private static List<LookupAddress> concat(List<LookupAddress> a, List<LookupAddress> b) {
        List<LookupAddress> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * An IPv6 address as inet_ntop writes it (RFC 5952): lower-case hex, leading zeros dropped, the
     * longest run of two or more zero groups as "::", and the scope as "%scope".
     */
    static String formatIpv6(Inet6Address a) {
        return io.node4j.loop.InetText.ipv6(a);
    }

    /** glibc's gai_strerror texts, as the JDK passes them on, back to the EAI code. */
    static Errno errnoOf(UnknownHostException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("Temporary failure")) {
            return Errno.EAI_AGAIN;
        }
        if (m.contains("Non-recoverable")) {
            return Errno.EAI_FAIL;
        }
        if (m.contains("No address associated")) {
            return Errno.EAI_NODATA;
        }
        if (m.contains("Address family for hostname not supported")) {
            return Errno.EAI_ADDRFAMILY;
        }
        return Errno.EAI_NONAME;
    }

    /** {IPv4 configured, IPv6 configured}, loopback not counted; both true if neither is. */
    private static boolean[] configuredFamilies() {
        boolean v4 = false;
        boolean v6 = false;
        try {
            Iterator<NetworkInterface> it = NetworkInterface.networkInterfaces().iterator();
            while (it.hasNext()) {
                NetworkInterface ni = it.next();
                if (!ni.isUp()) {
                    continue;
                }
                for (Iterator<InetAddress> as = ni.inetAddresses().iterator(); as.hasNext(); ) {
                    InetAddress a = as.next();
                    if (a.isLoopbackAddress() || a.isLinkLocalAddress()) {
                        continue;
                    }
                    if (a instanceof Inet4Address) {
                        v4 = true;
                    } else {
                        v6 = true;
                    }
                }
            }
        } catch (SocketException e) {
            return new boolean[] {true, true};
        }
        return v4 || v6 ? new boolean[] {v4, v6} : new boolean[] {true, true};
    }

    /**
     * uv_getnameinfo for {@code dns.lookupService(address, port)}: the host name by reverse lookup
     * (the address itself when there is none, as getnameinfo without NI_NAMEREQD), and the TCP
     * service name for the port from /etc/services (the number as text when it has none).
     * {@code address} must be an IP literal: EINVAL (syscall "getnameinfo") otherwise, and for a port
     * outside 0..65535.
     */
    public static NameInfo lookupService(String address, int port) {
        if (port < 0 || port > 65535) {
            throw new UvException(Errno.EINVAL, "getnameinfo", address);
        }
        InetAddress a;
        try {
            a = InetAddress.ofLiteral(address);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UvException(Errno.EINVAL, "getnameinfo", address);
        }
        String host;
        try {
            host = a.getCanonicalHostName();
        } catch (SecurityException e) {
            host = a.getHostAddress();
        }
        if (a instanceof Inet6Address v6a && host.equals(a.getHostAddress())) {
            host = formatIpv6(v6a); // no name: the address as inet_ntop writes it
        }
        return new NameInfo(host, serviceName(port, "tcp"));
    }

    /** The /etc/services name for {@code port}/{@code protocol}, or the port number as text. */
    public static String serviceName(int port, String protocol) {
        String name = Services.TABLE.get(port + "/" + protocol.toLowerCase(Locale.ROOT));
        return name != null ? name : Integer.toString(port);
    }

    /** Parses services(5) text: "name port/protocol [aliases...] [# comment]"; the first name per port wins. */
    static Map<String, String> parseServices(List<String> lines) {
        Map<String, String> m = new HashMap<>();
        for (String line : lines) {
            int hash = line.indexOf('#');
            String s = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (s.isEmpty()) {
                continue;
            }
            String[] f = s.split("\\s+");
            if (f.length < 2 || f[1].indexOf('/') < 0) {
                continue;
            }
            m.putIfAbsent(f[1].toLowerCase(Locale.ROOT), f[0]);
        }
        return Map.copyOf(m);
    }

    /** /etc/services, read once on first use. */
    private static final class Services {
        static final Map<String, String> TABLE = load();

        private static Map<String, String> load() {
            try {
                return parseServices(Files.readAllLines(Path.of("/etc/services"), StandardCharsets.ISO_8859_1));
            } catch (IOException | RuntimeException e) {
                return Map.of();
            }
        }
    }
}
