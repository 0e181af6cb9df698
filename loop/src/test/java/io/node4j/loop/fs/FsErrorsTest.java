package io.node4j.loop.fs;

import io.node4j.loop.Errno;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FsErrorsTest {
    @Test
    void specificJdkExceptionsMapDirectly() {
        assertEquals(Errno.ENOENT, FsErrors.errno(new NoSuchFileException("x")));
        assertEquals(Errno.EEXIST, FsErrors.errno(new FileAlreadyExistsException("x")));
        assertEquals(Errno.ENOTEMPTY, FsErrors.errno(new DirectoryNotEmptyException("x")));
        assertEquals(Errno.ENOTDIR, FsErrors.errno(new NotDirectoryException("x")));
        assertEquals(Errno.ELOOP, FsErrors.errno(new FileSystemLoopException("x")));
        assertEquals(Errno.EXDEV, FsErrors.errno(new AtomicMoveNotSupportedException("a", "b", "r")));
        assertEquals(Errno.EBADF, FsErrors.errno(new ClosedChannelException()));
        assertEquals(Errno.EBADF, FsErrors.errno(new NonWritableChannelException()));
    }

    @Test
    void accessDeniedIsEaccesUnlessReasonSaysEperm() {
        assertEquals(Errno.EACCES, FsErrors.errno(new AccessDeniedException("x")));
        assertEquals(Errno.EPERM, FsErrors.errno(new AccessDeniedException("x", null, "Operation not permitted")));
    }

    @Test
    void strerrorReasonsMapToTheirErrno() {
        assertEquals(Errno.EISDIR, FsErrors.errno(new FileSystemException("x", null, "Is a directory")));
        assertEquals(Errno.EMFILE, FsErrors.errno(new FileSystemException("x", null, "Too many open files")));
        assertEquals(Errno.ENFILE, FsErrors.errno(new FileSystemException("x", null, "Too many open files in system")));
        assertEquals(Errno.ELOOP, FsErrors.errno(new FileSystemException("x", null,
                "Too many levels of symbolic links or unable to access attributes of symbolic link")));
        assertEquals(Errno.EPERM, FsErrors.errno(new FileSystemException("x", null, "Operation not permitted")));
        assertEquals(Errno.EXDEV, FsErrors.errno(new FileSystemException("x", null, "Invalid cross-device link")));
        assertEquals(Errno.ENOSPC, FsErrors.errno(new IOException("No space left on device")));
        assertEquals(Errno.ESPIPE, FsErrors.errno(new IOException("Illegal seek")));
        assertEquals(Errno.ELOOP, FsErrors.errno(new IOException("Too many levels of symbolic links (NOFOLLOW_LINKS specified)")));
    }

    @Test
    void unknownTextIsEio() {
        assertEquals(Errno.EIO, FsErrors.errno(new IOException("something odd")));
        assertEquals(Errno.EIO, FsErrors.errno(new IOException()));
    }
}
