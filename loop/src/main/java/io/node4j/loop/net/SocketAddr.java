package io.node4j.loop.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * An IP socket address as Node shows it ({@code {address, family, port}}): IPv6 in the RFC 5952 short
 * form ({@code ::1}), IPv4 addresses seen by an IPv6 socket as {@code ::ffff:a.b.c.d}.
 *
 * @param family "IPv4" or "IPv6"
 */
public record SocketAddr(String address, String family, int port) {
    public static final String IPV4 = "IPv4";
    public static final String IPV6 = "IPv6";

    /** Formats {@code a} as seen by a socket of the IPv6 family ({@code v6Socket}) or the IPv4 one. */
    static SocketAddr of(InetSocketAddress a, boolean v6Socket) {
        InetAddress ip = a.getAddress();
        if (ip instanceof Inet4Address) {
            if (v6Socket) {
                return new SocketAddr("::ffff:" + ip.getHostAddress(), IPV6, a.getPort());
            }
            return new SocketAddr(ip.getHostAddress(), IPV4, a.getPort());
        }
        return new SocketAddr(format((Inet6Address) ip), IPV6, a.getPort());
    }

    /** RFC 5952: lower-case hex, no leading zeros, the longest run (two or more) of zero groups as "::". */
    static String format(Inet6Address ip) {
        return io.node4j.loop.InetText.ipv6(ip);
    }
}
