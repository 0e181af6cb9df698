/**
 * Name resolution as libuv's thread-pool requests do it: {@link io.node4j.loop.dns.Dns#lookup}
 * (uv_getaddrinfo, behind Node's {@code dns.lookup}) and {@link io.node4j.loop.dns.Dns#lookupService}
 * (uv_getnameinfo, behind {@code dns.lookupService}), over the JDK's system resolver.
 *
 * <p>Every operation is synchronous and blocking, keeps no mutable shared state (the /etc/services
 * table is read once and immutable) and is safe to run on any thread: the loop runs them on its thread
 * pool ({@code loop.queueWork}). Failures are {@link io.node4j.loop.UvException}s with an
 * {@code EAI_*} {@link io.node4j.loop.Errno}, syscall "getaddrinfo" or "getnameinfo", and the host name
 * or address as the path.
 */
package io.node4j.loop.dns;
