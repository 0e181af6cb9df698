package io.node4j.loop.dns;

/** One result of {@link Dns#lookup}: an address literal and its family, 4 or 6 (Node's {address, family}). */
public record LookupAddress(String address, int family) {
}
