package io.node4j.loop;

/** Called on the loop thread, in the poll phase, when a registered channel is ready. */
@FunctionalInterface
public interface ReadyCallback {
    /** @param readyOps the {@link java.nio.channels.SelectionKey} operations that are ready */
    void ready(int readyOps);
}
