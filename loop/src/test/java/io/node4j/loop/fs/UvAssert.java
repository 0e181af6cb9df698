package io.node4j.loop.fs;

import io.node4j.loop.Errno;
import io.node4j.loop.UvException;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Asserts a UvException's errno, syscall, path and dest all at once. */
final class UvAssert {
    private UvAssert() {
    }

    static UvException assertUv(Errno errno, String syscall, String path, String dest, Executable op) {
        UvException e = assertThrows(UvException.class, op);
        assertEquals(errno, e.errno(), () -> "errno of " + e.getMessage());
        assertEquals(syscall, e.syscall(), () -> "syscall of " + e.getMessage());
        assertEquals(path, e.path(), () -> "path of " + e.getMessage());
        assertEquals(dest, e.dest(), () -> "dest of " + e.getMessage());
        return e;
    }

    static UvException assertUv(Errno errno, String syscall, String path, Executable op) {
        return assertUv(errno, syscall, path, null, op);
    }
}
