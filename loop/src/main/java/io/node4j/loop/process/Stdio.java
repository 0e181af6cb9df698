package io.node4j.loop.process;

/** What one of the child's standard descriptors (0, 1, 2) is connected to. */
public enum Stdio {
    /** A pipe to this process: {@link ChildInput} for fd 0, {@link ChildOutput} for fds 1 and 2. */
    PIPE,
    /** The same file as this process's descriptor (Node's {@code 'inherit'}). */
    INHERIT,
    /** {@code /dev/null} (Node's {@code 'ignore'}). */
    IGNORE
}
