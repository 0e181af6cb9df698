/**
 * Terminals, as libuv's {@code uv_tty_t} functions: whether a descriptor or device is a terminal, its
 * window size and its modes (normal, raw, io), restored at exit ({@link io.node4j.loop.tty.Terminal}).
 */
package io.node4j.loop.tty;
