/**
 * A libuv-style event loop in plain Java: {@link io.node4j.loop.Loop} with its phases, handles
 * ({@link io.node4j.loop.Timer}, {@link io.node4j.loop.Watcher}, {@link io.node4j.loop.Async},
 * {@link io.node4j.loop.PollHandle}), the I/O backend ({@link io.node4j.loop.Poller},
 * {@link io.node4j.loop.NioPoller}) and the shared {@link io.node4j.loop.ThreadPool}.
 *
 * <p>Everything except the documented cross-thread entry points runs on the thread that created the
 * loop; see {@link io.node4j.loop.Loop} and the module's README for the iteration and threading rules.
 */
package io.node4j.loop;
