package io.node4j.runtime.bindings;

import org.graalvm.polyglot.HostAccess.Export;

import io.node4j.loop.UvException;

/**
 * What a binding reports of an OS failure, for lib/'s {@code systemError()} to turn into Node's error
 * object: {@code code}, {@code errno} (negative), {@code syscall}, {@code path}, {@code dest} and the
 * full message ("ENOENT: no such file or directory, open 'x'").
 */
public final class ErrorReport {
    @Export public final String code;
    @Export public final int errno;
    @Export public final String syscall;
    @Export public final String path;
    @Export public final String dest;
    @Export public final String message;

    private ErrorReport(UvException e) {
        this.code = e.errno().name();
        this.errno = e.errno().code();
        this.syscall = e.syscall();
        this.path = e.path();
        this.dest = e.dest();
        this.message = e.getMessage();
    }

    public static ErrorReport of(UvException e) {
        return new ErrorReport(e);
    }
}
