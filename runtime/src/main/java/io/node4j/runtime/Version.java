package io.node4j.runtime;

/** node4j's own version and the Node.js release whose behaviour it targets. */
public final class Version {
    /** node4j's version. */
    public static final String NODE4J = "0.1.0";
    /** The Node.js release node4j matches byte for byte: its API level, and what process.version says. */
    public static final String NODE = "v24.21.0";

    private Version() {}
}
