package io.node4j.loop.dns;

/** The result of {@link Dns#lookupService}: a host name and a service name (or the port number as text). */
public record NameInfo(String hostname, String service) {
}
