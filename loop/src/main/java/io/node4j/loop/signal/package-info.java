/**
 * Process signals on the loop, as libuv's {@code uv_signal_t}: {@link io.node4j.loop.signal.Signal}
 * handles over the JVM's signal API, and Linux {@link io.node4j.loop.signal.Signals signal numbers}.
 */
package io.node4j.loop.signal;
