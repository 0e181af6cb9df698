/**
 * Stream sockets on the loop, with libuv's semantics as Node's {@code net} observes them:
 * {@link io.node4j.loop.net.Stream} ({@code uv_stream_t}: read, write queue, shutdown, listen/accept),
 * {@link io.node4j.loop.net.Tcp} ({@code uv_tcp_t}) and {@link io.node4j.loop.net.Pipe}
 * ({@code uv_pipe_t}, Unix domain). Every method runs on the loop thread and every callback is called
 * there; errors are {@link io.node4j.loop.UvException}s with libuv's codes. See the module README.
 */
package io.node4j.loop.net;
