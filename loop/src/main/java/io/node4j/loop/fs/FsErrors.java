package io.node4j.loop.fs;

import io.node4j.loop.Errno;
import io.node4j.loop.UvException;

import java.io.IOException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns the JDK's exceptions into libuv errors. The JDK keeps the errno only as glibc's
 * {@code strerror} text (in {@link FileSystemException#getReason()} or the plain message), so the
 * mapping reads that text back; the specific exception subclasses are mapped directly.
 */
final class FsErrors {
    private FsErrors() {
    }

    /** glibc's strerror texts, longest first so "Too many open files in system" wins over its prefix. */
    private static final List<Map.Entry<String, Errno>> STRERROR = Map.<String, Errno>ofEntries(
            Map.entry("Operation not permitted", Errno.EPERM),
            Map.entry("No such file or directory", Errno.ENOENT),
            Map.entry("No such process", Errno.ESRCH),
            Map.entry("Interrupted system call", Errno.EINTR),
            Map.entry("Input/output error", Errno.EIO),
            Map.entry("No such device or address", Errno.ENXIO),
            Map.entry("Argument list too long", Errno.E2BIG),
            Map.entry("Bad file descriptor", Errno.EBADF),
            Map.entry("Resource temporarily unavailable", Errno.EAGAIN),
            Map.entry("Cannot allocate memory", Errno.ENOMEM),
            Map.entry("Permission denied", Errno.EACCES),
            Map.entry("Bad address", Errno.EFAULT),
            Map.entry("Device or resource busy", Errno.EBUSY),
            Map.entry("File exists", Errno.EEXIST),
            Map.entry("Invalid cross-device link", Errno.EXDEV),
            Map.entry("No such device", Errno.ENODEV),
            Map.entry("Not a directory", Errno.ENOTDIR),
            Map.entry("Is a directory", Errno.EISDIR),
            Map.entry("Invalid argument", Errno.EINVAL),
            Map.entry("Too many open files in system", Errno.ENFILE),
            Map.entry("Too many open files", Errno.EMFILE),
            Map.entry("Inappropriate ioctl for device", Errno.ENOTTY),
            Map.entry("Text file busy", Errno.ETXTBSY),
            Map.entry("File too large", Errno.EFBIG),
            Map.entry("No space left on device", Errno.ENOSPC),
            Map.entry("Illegal seek", Errno.ESPIPE),
            Map.entry("Read-only file system", Errno.EROFS),
            Map.entry("Too many links", Errno.EMLINK),
            Map.entry("Broken pipe", Errno.EPIPE),
            Map.entry("Numerical result out of range", Errno.ERANGE),
            Map.entry("File name too long", Errno.ENAMETOOLONG),
            Map.entry("Function not implemented", Errno.ENOSYS),
            Map.entry("Directory not empty", Errno.ENOTEMPTY),
            Map.entry("Too many levels of symbolic links", Errno.ELOOP),
            Map.entry("Value too large for defined data type", Errno.EOVERFLOW),
            Map.entry("Operation not supported", Errno.ENOTSUP),
            Map.entry("Operation canceled", Errno.ECANCELED))
            .entrySet().stream()
            .sorted(Comparator.comparingInt((Map.Entry<String, Errno> e) -> e.getKey().length()).reversed())
            .toList();

    /** The errno an exception stands for. */
    static Errno errno(Throwable e) {
        return switch (e) {
            case NoSuchFileException x -> Errno.ENOENT;
            case FileAlreadyExistsException x -> Errno.EEXIST;
            case DirectoryNotEmptyException x -> Errno.ENOTEMPTY;
            case NotDirectoryException x -> Errno.ENOTDIR;
            case NotLinkException x -> Errno.EINVAL;
            case AtomicMoveNotSupportedException x -> Errno.EXDEV;
            case FileSystemLoopException x -> Errno.ELOOP;
            case AccessDeniedException x -> fromText(x.getReason(), Errno.EACCES);
            case FileSystemException x -> fromText(x.getReason(), Errno.EIO);
            case ClosedByInterruptException x -> Errno.EINTR;
            case AsynchronousCloseException x -> Errno.EBADF;
            case ClosedChannelException x -> Errno.EBADF;
            case NonReadableChannelException x -> Errno.EBADF;
            case NonWritableChannelException x -> Errno.EBADF;
            case IOException x -> fromText(x.getMessage(), Errno.EIO);
            case SecurityException x -> Errno.EACCES;
            case UnsupportedOperationException x -> Errno.ENOTSUP;
            default -> Errno.EIO;
        };
    }

    /** Reads a strerror text back into its errno, or {@code fallback} if none is recognised. */
    static Errno fromText(String text, Errno fallback) {
        if (text == null) {
            return fallback;
        }
        for (Map.Entry<String, Errno> e : STRERROR) {
            if (text.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        for (Map.Entry<String, Errno> e : STRERROR) {
            if (text.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return fallback;
    }

    static UvException map(Throwable e, String syscall) {
        return new UvException(errno(e), syscall);
    }

    static UvException map(Throwable e, String syscall, String path) {
        return new UvException(errno(e), syscall, path);
    }

    static UvException map(Throwable e, String syscall, String path, String dest) {
        return new UvException(errno(e), syscall, path, dest);
    }
}
