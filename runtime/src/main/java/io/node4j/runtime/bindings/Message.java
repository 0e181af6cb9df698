package io.node4j.runtime.bindings;

/**
 * One message between Contexts, in a thread-neutral form: the structured clone's text (see
 * lib/internal/worker/clone.js) and the host objects it refers to by index (array buffer bytes,
 * shared memory, transferred ports). Control messages of a worker's channel (its stdout, its
 * uncaught error, its exit) travel the same way, so everything a worker sends arrives in order.
 *
 * @param kind    {@link #MESSAGE} or one of the worker control kinds
 * @param data    the serialized value (MESSAGE, ERROR), or null
 * @param objects what {@code data} refers to; for STDOUT/STDERR one byte[]; for EXIT one Integer
 */
public record Message(int kind, String data, Object[] objects) {
    public static final int MESSAGE = 0;
    public static final int ONLINE = 1;
    public static final int STDOUT = 2;
    public static final int STDERR = 3;
    public static final int ERROR = 4;
    public static final int EXIT = 5;
    /** Delivered by the endpoint itself when the channel closed; never sent. */
    public static final int CLOSE = 6;
}
