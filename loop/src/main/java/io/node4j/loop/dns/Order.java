package io.node4j.loop.dns;

/** Node's {@code dns.lookup} {@code order} option. */
public enum Order {
    /** As the resolver gave them (but see {@link Dns#lookup} on the JDK's own reordering). */
    VERBATIM,
    /** IPv4 addresses before IPv6 ones, each group in resolver order. */
    IPV4_FIRST,
    /** IPv6 addresses before IPv4 ones, each group in resolver order. */
    IPV6_FIRST
}
