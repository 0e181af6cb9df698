package io.node4j.loop.fs;

import io.node4j.loop.Errno;
import io.node4j.loop.UvException;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * An open directory (uv_dir_t, Node's fs.Dir): entries are read in batches in the order the OS
 * returns them, without "." and "..". Thread-safe; reads and close are serialised.
 */
public final class Dir implements AutoCloseable {
    private final String path;
    private final DirectoryStream<Path> stream;
    private final Iterator<Path> entries;
    private boolean closed;

    Dir(String path, DirectoryStream<Path> stream) {
        this.path = path;
        this.stream = stream;
        this.entries = stream.iterator();
    }

    /** The path the directory was opened with. */
    public String path() {
        return path;
    }

    /**
     * uv_fs_readdir: up to {@code max} entries (at least one is asked for), an empty list once all
     * have been read. EBADF (syscall "readdir") after {@link #close}.
     */
    public synchronized List<Dirent> read(int max) {
        if (closed) {
            throw new UvException(Errno.EBADF, "readdir");
        }
        int n = Math.max(max, 1);
        List<Dirent> out = new ArrayList<>(Math.min(n, 64));
        try {
            while (out.size() < n && entries.hasNext()) {
                Path e = entries.next();
                out.add(new Dirent(e.getFileName().toString(), Fs.direntType(e)));
            }
        } catch (DirectoryIteratorException e) {
            throw FsErrors.map(e.getCause(), "readdir");
        }
        return out;
    }

    /** One entry, or null at the end (Node's dir.readSync()). */
    public Dirent readOne() {
        List<Dirent> one = read(1);
        return one.isEmpty() ? null : one.getFirst();
    }

    /** uv_fs_closedir. EBADF (syscall "closedir") if already closed. */
    @Override
    public synchronized void close() {
        if (closed) {
            throw new UvException(Errno.EBADF, "closedir");
        }
        closed = true;
        try {
            stream.close();
        } catch (IOException e) {
            throw FsErrors.map(e, "closedir");
        }
    }
}
