package io.node4j.runtime;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The three standard streams of one node4j instance: the process's own for {@code bin/node4j}, captured
 * buffers for a script run in-process by the compatibility runner.
 */
public record Stdio(InputStream in, OutputStream out, OutputStream err) {
    public static Stdio system() {
        return new Stdio(System.in, new java.io.FileOutputStream(java.io.FileDescriptor.out),
                new java.io.FileOutputStream(java.io.FileDescriptor.err));
    }
}
