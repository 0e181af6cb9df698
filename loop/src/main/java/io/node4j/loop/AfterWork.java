package io.node4j.loop;

/**
 * The loop-thread half of a thread-pool job ({@link Loop#queueWork}); runs in the poll phase.
 *
 * @param <T> the work's result type
 */
@FunctionalInterface
public interface AfterWork<T> {
    /**
     * @param result what the work returned; null if it failed or was cancelled
     * @param error null on success; a {@link UvException} (ECANCELED for a cancelled request, or the
     *     one the work threw); or any other {@link Throwable} the work threw, unchanged
     */
    void done(T result, Throwable error);
}
