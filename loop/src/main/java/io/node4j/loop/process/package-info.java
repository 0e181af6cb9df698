/**
 * Child processes on the loop, as libuv's {@code uv_process_t} and {@code uv_spawn}, over
 * {@link java.lang.ProcessBuilder}: {@link io.node4j.loop.process.ChildProcess} and its stdio pipes
 * ({@link io.node4j.loop.process.ChildInput}, {@link io.node4j.loop.process.ChildOutput}). What the JDK
 * cannot tell apart (an exit with 128+N or a death by signal N) is described on
 * {@link io.node4j.loop.process.ChildProcess} and in the module README.
 */
package io.node4j.loop.process;
