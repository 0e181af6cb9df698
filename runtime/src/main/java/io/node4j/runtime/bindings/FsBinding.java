package io.node4j.runtime.bindings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Errno;
import io.node4j.loop.Loop;
import io.node4j.loop.UvException;
import io.node4j.loop.fs.Dir;
import io.node4j.loop.fs.Dirent;
import io.node4j.loop.fs.Fs;
import io.node4j.loop.fs.StatFs;
import io.node4j.loop.fs.Stats;
import io.node4j.runtime.Callbacks;

/**
 * {@code internalBinding('fs')}: the file operations of {@link Fs}, each callable two ways, as Node's
 * fs binding is. The last argument {@code req} decides: {@code undefined} runs the operation on the
 * calling (loop) thread and returns its result or throws Node's error; a function queues the operation
 * on the loop's thread pool and later calls {@code req(errorReport, result)} on the loop thread through
 * the callback trampoline. Results cross as JS-friendly values made on the loop thread: stats as a
 * double[18] ({@link #statsArray}), directory listings as names plus types, whole files as a ByteBuffer
 * JS wraps in an ArrayBuffer without copying.
 *
 * <p>Relative paths are resolved against the instance's working directory (process.chdir is per
 * instance), while errors name the path as the program gave it.
 */
public final class FsBinding implements Binding {
    private final Loop loop;
    private final Callbacks callbacks;
    private final Supplier<String> cwd;
    private Value makeError;

    public FsBinding(Loop loop, Callbacks callbacks, Supplier<String> cwd) {
        this.loop = loop;
        this.callbacks = callbacks;
        this.cwd = cwd;
    }

    @Override
    public String name() {
        return "fs";
    }

    /** {@code makeError(report)} builds Node's error object that synchronous calls throw. */
    @Export
    public void setup(Value makeError) {
        this.makeError = makeError;
    }

    // ------------------------------------------------------------------ descriptors

    @Export
    public Object open(String path, int flags, int mode, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> Fs.open(p, flags, mode)), Function.identity());
    }

    @Export
    public Object close(int fd, Value... req) {
        return run(req, () -> {
            Fs.close(fd);
            return null;
        }, Function.identity());
    }

    /**
     * One read of up to {@code length} bytes at {@code position} (-1: the current offset) into the
     * ArrayBuffer {@code target} at {@code offset}; the count read.
     */
    @Export
    public Object read(int fd, Value target, double offset, int length, double position, Value... req) {
        ByteBuffer memory = io.node4j.runtime.EngineInternals.arrayBufferMemory(target);
        if (memory != null) {
            // As libuv: the pool thread reads straight into the buffer's memory.
            ByteBuffer dst = memory.slice((int) offset, length);
            return run(req, () -> Fs.read(fd, dst, (long) position), Function.identity());
        }
        // Memory the engine does not expose (a buffer over a Java object): read, then write it in on
        // the JS thread.
        return run(req, () -> {
            ByteBuffer dst = ByteBuffer.allocate(length);
            Fs.read(fd, dst, (long) position);
            return dst.flip();
        }, r -> {
            ByteBuffer b = (ByteBuffer) r;
            BufferBinding.write(target, (long) offset, b.array(), b.remaining());
            return b.remaining();
        });
    }

    /** Writes {@code data[offset, offset+length)} (any ArrayBuffer or view) at {@code position}. */
    @Export
    public Object writeBuffer(int fd, Value data, int offset, int length, double position, Value... req) {
        // As libuv, the pool writes from the caller's memory: a program must not change it before the
        // callback.
        ByteBuffer src = io.node4j.runtime.EngineInternals.bytesOf(data, offset, length);
        return run(req, () -> writeSlices(fd, src, (long) position), Function.identity());
    }

    /** Largest piece handed to the JDK at once: it copies a heap buffer into a direct one of that size. */
    private static final int WRITE_SLICE = 1 << 20;

    /** Writes all of {@code src} at {@code position} (-1: the current offset) a slice at a time; the count. */
    private static int writeSlices(int fd, ByteBuffer src, long position) {
        int done = 0;
        int total = src.remaining();
        do {
            // One call even for nothing: a bad descriptor is still EBADF, as write(2) answers.
            ByteBuffer slice = src.slice(done, Math.min(WRITE_SLICE, total - done));
            int n = Fs.write(fd, slice, position < 0 ? -1 : position + done);
            done += n;
            if (n < slice.capacity()) {
                break; // a short write (a full disk, a pipe): reported as is, as write(2)
            }
        } while (done < total);
        return done;
    }

    @Export
    public Object writeString(int fd, String text, String encoding, double position, Value... req) {
        byte[] bytes = Encodings.encode(text, encoding);
        return run(req, () -> Fs.write(fd, bytes, 0, bytes.length, (long) position), Function.identity());
    }

    @Export
    public Object fsync(int fd, Value... req) {
        return run(req, () -> {
            Fs.fsync(fd);
            return null;
        }, Function.identity());
    }

    @Export
    public Object fdatasync(int fd, Value... req) {
        return run(req, () -> {
            Fs.fdatasync(fd);
            return null;
        }, Function.identity());
    }

    @Export
    public Object ftruncate(int fd, double length, Value... req) {
        return run(req, () -> {
            Fs.ftruncate(fd, (long) length);
            return null;
        }, Function.identity());
    }

    // ------------------------------------------------------------------ watching

    /**
     * fs.watch: starts watching {@code path}; {@code onEvent(eventType, filename)} is called from the
     * loop for each change. Throws Node's error (ENOENT...) when the path cannot be watched.
     */
    @Export
    public FsWatch watch(String path, boolean recursive, Value onEvent) {
        try {
            return FsWatch.start(loop, callbacks, onEvent, resolve(path), path, recursive);
        } catch (UvException e) {
            throw jsError(e);
        }
    }

    // ------------------------------------------------------------------ whole files

    /**
     * The whole file (by path, or by descriptor from its current offset when {@code path} is null) in one
     * ByteBuffer, read on the pool (100 MB: one allocation, one pass of reads, no further copy: lib/ wraps
     * the buffer's memory as an ArrayBuffer). {@code encoding} non-null: decoded to a string in Java.
     */
    @Export
    public Object readFile(String path, int fd, int flags, String encoding, Value... req) {
        String p = path == null ? null : resolve(path);
        return run(req, () -> {
            ByteBuffer data = p == null ? readAll(fd) : onPath(path, p, () -> readPath(p, flags));
            return encoding == null ? data : Encodings.decode(data, encoding);
        }, Function.identity());
    }

    /**
     * fs.readFile's steps after open, each its own pool request as in Node (so the loop turns between
     * them: a setImmediate queued with the call runs first): {@link #readFileStat}, then
     * {@link #readFileChunk} until it says done, then {@link #readFileResult}. The bytes go straight into
     * one direct buffer of the file's size (Node's 512 KiB per read); a file of unknown size (0 in
     * fstat: /proc, pipes) is read in 64 KiB chunks joined at the end.
     */
    public static final class ReadFileState {
        private static final int CHUNK = 512 * 1024;
        private static final int UNKNOWN_CHUNK = 64 * 1024;

        private final int fd;
        @Export public final double size;
        private final ByteBuffer whole;
        private final java.util.List<ByteBuffer> chunks = new java.util.ArrayList<>();
        private long total;

        ReadFileState(int fd, long size) {
            this.fd = fd;
            this.size = size;
            this.whole = size > 0 && size <= Integer.MAX_VALUE - 16 ? ByteBuffer.allocateDirect((int) size) : null;
        }

        /** One read; false when the file is done (all of its size read, or end of file). */
        boolean readChunk() {
            if (whole != null) {
                whole.limit(Math.min(whole.capacity(), whole.position() + CHUNK));
                int n = Fs.read(fd, whole, -1);
                whole.limit(whole.capacity());
                return n > 0 && whole.hasRemaining();
            }
            ByteBuffer chunk = ByteBuffer.allocateDirect(UNKNOWN_CHUNK);
            int n = Fs.read(fd, chunk, -1);
            if (n <= 0) {
                return false;
            }
            total += n;
            if (total > Integer.MAX_VALUE - 16) {
                throw new UvException(Errno.EFBIG, "read");
            }
            chunk.flip();
            chunks.add(chunk);
            return true;
        }

        ByteBuffer bytes() {
            if (whole != null) {
                whole.flip();
                return whole;
            }
            ByteBuffer all = ByteBuffer.allocateDirect((int) total);
            for (ByteBuffer c : chunks) {
                all.put(c);
            }
            all.flip();
            return all;
        }
    }

    /** fstat of the open file and the buffer for its content. */
    @Export
    public Object readFileStat(int fd, Value... req) {
        return run(req, () -> {
            Stats st = Fs.fstat(fd);
            return new ReadFileState(fd, st.isFile() ? st.size() : 0);
        }, Function.identity());
    }

    /** The next read of a readFile: true while there is more to read. */
    @Export
    public Object readFileChunk(ReadFileState state, Value... req) {
        return run(req, state::readChunk, Function.identity());
    }

    /**
     * The end of a readFile: closes the descriptor (when readFile opened it), then the content as a
     * ByteBuffer, or decoded to a string when {@code encoding} is non-null (on the pool, not the loop).
     */
    @Export
    public Object readFileResult(ReadFileState state, String encoding, boolean close, Value... req) {
        return run(req, () -> {
            if (close) {
                Fs.close(state.fd);
            }
            ByteBuffer data = state.bytes();
            return encoding == null ? data : Encodings.decode(data, encoding);
        }, Function.identity());
    }

    private static ByteBuffer readPath(String p, int flags) {
        int fd = Fs.open(p, flags, 0666);
        try {
            return readAll(fd);
        } finally {
            Fs.close(fd);
        }
    }

    private static ByteBuffer readAll(int fd) {
        Stats st = Fs.fstat(fd);
        long size = st.isFile() ? st.size() : 0;
        if (size > Integer.MAX_VALUE - 16) {
            throw new UvException(Errno.EFBIG, "read");
        }
        ByteBuffer buf = ByteBuffer.allocateDirect((int) Math.max(size, 8192));
        for (;;) {
            if (!buf.hasRemaining()) {
                if (buf.capacity() >= Integer.MAX_VALUE - 16) {
                    throw new UvException(Errno.EFBIG, "read");
                }
                ByteBuffer bigger = ByteBuffer.allocateDirect((int) Math.min((long) buf.capacity() * 2,
                        Integer.MAX_VALUE - 16));
                buf.flip();
                bigger.put(buf);
                buf = bigger;
            }
            int n = Fs.read(fd, buf, -1);
            if (n <= 0) {
                break;
            }
        }
        buf.flip();
        return buf;
    }

    /**
     * writeFile in one pool job: opens {@code path} (or uses {@code fd}), writes every byte, optionally
     * fsyncs ({@code flush}), closes what it opened. {@code data} is bytes (an ArrayBuffer, written
     * from its own memory where the engine lets us reach it) or a string with its encoding.
     */
    @Export
    public Object writeFile(String path, int fd, Value data, int offset, int length, String encoding,
                            int flags, int mode, boolean flush, Value... req) {
        ByteBuffer bytes = data.isString() ? ByteBuffer.wrap(Encodings.encode(data.asString(), encoding))
                : io.node4j.runtime.EngineInternals.bytesOf(data, offset, length);
        String p = path == null ? null : resolve(path);
        return run(req, () -> {
            if (p == null) {
                writeAll(fd, bytes, flush);
                return null;
            }
            return onPath(path, p, () -> {
                int own = Fs.open(p, flags, mode);
                try {
                    writeAll(own, bytes, flush);
                } finally {
                    Fs.close(own);
                }
                return null;
            });
        }, Function.identity());
    }

    private static void writeAll(int fd, ByteBuffer bytes, boolean flush) {
        int done = 0;
        int total = bytes.remaining();
        while (done < total) {
            int n = writeSlices(fd, bytes.slice(done, total - done), -1);
            if (n == 0) {
                throw new UvException(Errno.EIO, "write");
            }
            done += n;
        }
        if (flush) {
            Fs.fsync(fd);
        }
    }

    // ------------------------------------------------------------------ stat

    @Export
    public Object stat(String path, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> Fs.stat(p)), FsBinding::statsArray);
    }

    @Export
    public Object lstat(String path, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> Fs.lstat(p)), FsBinding::statsArray);
    }

    @Export
    public Object fstat(int fd, Value... req) {
        return run(req, () -> Fs.fstat(fd), FsBinding::statsArray);
    }

    /**
     * stat for statSync/lstatSync: the stats, or the failure's {@link ErrorReport} that lib/ throws. A
     * report returned, not an error thrown across the host boundary: that crossing made a failing
     * statSync ~4× slower (bench/README.md, fs).
     */
    @Export
    public Object statOrReport(String path, boolean follow) {
        String p = resolve(path);
        try {
            return statsArray(onPath(path, p, () -> follow ? Fs.stat(p) : Fs.lstat(p)));
        } catch (UvException e) {
            return ErrorReport.of(e);
        }
    }

    @Export
    public Object statfs(String path, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> Fs.statfs(p)), s -> {
            StatFs f = (StatFs) s;
            return new double[] {f.type(), f.bsize(), f.bsize(), f.blocks(), f.bfree(), f.bavail(), f.files(), f.ffree()};
        });
    }

    @Export
    public boolean exists(String path) {
        return !path.isEmpty() && Fs.exists(resolve(path));
    }

    @Export
    public Object access(String path, int mode, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> {
            Fs.access(p, mode);
            return null;
        }), Function.identity());
    }

    /**
     * dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then seconds and nanoseconds of
     * atime, mtime, ctime and birthtime: lib/ builds the number and bigint forms from these.
     */
    static Object statsArray(Object result) {
        Stats s = (Stats) result;
        return new double[] {s.dev(), s.mode(), s.nlink(), s.uid(), s.gid(), s.rdev(), s.blksize(), s.ino(),
            s.size(), s.blocks(), s.atimeSec(), s.atimeNsec(), s.mtimeSec(), s.mtimeNsec(), s.ctimeSec(),
            s.ctimeNsec(), s.birthtimeSec(), s.birthtimeNsec()};
    }

    // ------------------------------------------------------------------ directories

    /** Names, or with {@code withTypes} [names..., types...] flattened as {names, types}. */
    @Export
    public Object readdir(String path, boolean withTypes, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> withTypes ? Fs.readdir(p) : Fs.readdirNames(p)),
                r -> listing(r, withTypes));
    }

    /**
     * A listing as one string, for one crossing into JS instead of one per entry: entries separated by
     * NUL (no name contains one), each led by its UV_DIRENT_* type as a digit when {@code withTypes}.
     */
    private static String listing(Object r, boolean withTypes) {
        StringBuilder out = new StringBuilder();
        if (!withTypes) {
            for (Object name : (List<?>) r) {
                if (!out.isEmpty()) {
                    out.append('\0');
                }
                out.append((String) name);
            }
            return out.toString();
        }
        @SuppressWarnings("unchecked")
        List<Dirent> entries = (List<Dirent>) r;
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.append('\0');
            }
            out.append((char) ('0' + entries.get(i).type())).append(entries.get(i).name());
        }
        return out.toString();
    }

    /** Node names the path in opendir's asynchronous errors only. */
    @Export
    public Object opendir(String path, Value... req) {
        String p = resolve(path);
        boolean sync = req == null || req.length == 0 || req[0] == null || req[0].isNull();
        return run(req, () -> {
            try {
                return onPath(path, p, () -> Fs.opendir(p));
            } catch (UvException e) {
                throw sync ? new UvException(e.errno(), e.syscall()) : e;
            }
        }, Function.identity());
    }

    /** Up to {@code max} entries of an open Dir as [name, type, name, type...]; empty at the end. */
    @Export
    public Object dirRead(Value dir, int max, Value... req) {
        Dir d = dir.asHostObject();
        return run(req, () -> d.read(max), r -> listing(r, true));
    }

    @Export
    public Object dirClose(Value dir, Value... req) {
        Dir d = dir.asHostObject();
        return run(req, () -> {
            d.close();
            return null;
        }, Function.identity());
    }

    /** mkdir; with {@code recursive}, the first directory created (as given, resolved) or null. */
    @Export
    public Object mkdir(String path, int mode, boolean recursive, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> {
            if (recursive) {
                return unresolve(Fs.mkdirp(p, mode), path, p);
            }
            Fs.mkdir(p, mode);
            return null;
        }), Function.identity());
    }

    @Export
    public Object mkdtemp(String prefix, Value... req) {
        String p = resolve(prefix);
        return run(req, () -> {
            String made = onPath(prefix, p, () -> Fs.mkdtemp(p));
            return prefix + made.substring(p.length());
        }, Function.identity());
    }

    @Export
    public Object rmdir(String path, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> {
            Fs.rmdir(p);
            return null;
        }), Function.identity());
    }

    /**
     * rm(path, {recursive, force}) in one job: a tree is removed depth first, each entry with unlink or
     * rmdir (symlinks are removed, never followed). {@code force} ignores a missing path.
     */
    @Export
    public Object rm(String path, boolean recursive, boolean force, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> {
            removeTree(p, recursive, force);
            return null;
        }), Function.identity());
    }

    private static void removeTree(String p, boolean recursive, boolean force) {
        Stats st;
        try {
            st = Fs.lstat(p);
        } catch (UvException e) {
            if (force && e.errno() == Errno.ENOENT) {
                return;
            }
            throw e;
        }
        if (!st.isDirectory()) {
            Fs.unlink(p);
            return;
        }
        if (!recursive) {
            throw new UvException(Errno.EISDIR, "rm", p);
        }
        try {
            Files.walkFileTree(Path.of(p), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Fs.unlink(file.toString());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null && !(e instanceof NoSuchFileException)) {
                        throw e;
                    }
                    Fs.rmdir(dir.toString());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UvException(Errno.EIO, "rm", p);
        }
    }

    // ------------------------------------------------------------------ names and links

    @Export
    public Object unlink(String path, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> {
            Fs.unlink(p);
            return null;
        }), Function.identity());
    }

    @Export
    public Object rename(String from, String to, Value... req) {
        String f = resolve(from);
        String t = resolve(to);
        return run(req, () -> onPaths(from, f, to, t, () -> {
            Fs.rename(f, t);
            return null;
        }), Function.identity());
    }

    @Export
    public Object link(String existing, String newPath, Value... req) {
        String e = resolve(existing);
        String n = resolve(newPath);
        return run(req, () -> onPaths(existing, e, newPath, n, () -> {
            Fs.link(e, n);
            return null;
        }), Function.identity());
    }

    /** The target is stored as given (relative targets are relative to the link's directory). */
    @Export
    public Object symlink(String target, String path, int flags, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPaths(target, target, path, p, () -> {
            Fs.symlink(target, p, flags);
            return null;
        }), Function.identity());
    }

    @Export
    public Object readlink(String path, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> Fs.readlink(p)), Function.identity());
    }

    @Export
    public Object realpath(String path, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> Fs.realpath(p)), Function.identity());
    }

    @Export
    public Object copyFile(String src, String dest, int mode, Value... req) {
        String s = resolve(src);
        String d = resolve(dest);
        return run(req, () -> onPaths(src, s, dest, d, () -> {
            Fs.copyfile(s, d, mode);
            return null;
        }), Function.identity());
    }

    // ------------------------------------------------------------------ permissions, owners, times

    @Export
    public Object chmod(String path, int mode, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> {
            Fs.chmod(p, mode);
            return null;
        }), Function.identity());
    }

    @Export
    public Object fchmod(int fd, int mode, Value... req) {
        return run(req, () -> {
            Fs.fchmod(fd, mode);
            return null;
        }, Function.identity());
    }

    @Export
    public Object lchmod(String path, int mode, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> {
            Fs.lchmod(p, mode);
            return null;
        }), Function.identity());
    }

    @Export
    public Object chown(String path, double uid, double gid, boolean follow, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> {
            if (follow) {
                Fs.chown(p, (long) uid, (long) gid);
            } else {
                Fs.lchown(p, (long) uid, (long) gid);
            }
            return null;
        }), Function.identity());
    }

    @Export
    public Object fchown(int fd, double uid, double gid, Value... req) {
        return run(req, () -> {
            Fs.fchown(fd, (long) uid, (long) gid);
            return null;
        }, Function.identity());
    }

    /** utimes (follow) or lutimes; times in seconds as Node passes them. */
    @Export
    public Object utimes(String path, double atime, double mtime, boolean follow, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> {
            if (follow) {
                Fs.utimes(p, atime, mtime);
            } else {
                Fs.lutimes(p, atime, mtime);
            }
            return null;
        }), Function.identity());
    }

    @Export
    public Object futimes(int fd, double atime, double mtime, Value... req) {
        return run(req, () -> {
            Fs.futimes(fd, atime, mtime);
            return null;
        }, Function.identity());
    }

    @Export
    public Object truncate(String path, double length, Value... req) {
        String p = resolve(path);
        return run(req, () -> onPath(path, p, () -> {
            Fs.truncate(p, (long) length);
            return null;
        }), Function.identity());
    }

    // ------------------------------------------------------------------ helpers lib/ needs

    /** A path given as bytes (Buffer, Uint8Array), as UTF-8 text. */
    @Export
    public String decodePath(Value bytes, int offset, int length) {
        byte[] b = new byte[length];
        bytes.readBuffer(offset, b, 0, length);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Text in an encoding as a ByteBuffer lib/ wraps (for results lib/ must give as Buffers). */
    @Export
    public ByteBuffer encode(String text, String encoding) {
        return ByteBuffer.wrap(Encodings.encode(text, encoding));
    }

    /** Bytes decoded with a Node encoding name (utf8, latin1, ascii, hex, base64, base64url, utf16le). */
    @Export
    public String decode(Value bytes, int offset, int length, String encoding) {
        byte[] b = new byte[length];
        bytes.readBuffer(offset, b, 0, length);
        return Encodings.decode(ByteBuffer.wrap(b), encoding);
    }

    @Export
    public String cwd() {
        return cwd.get();
    }

    /** Whether {@code fd} is open (for FileHandle's GC warning and stream sanity checks). */
    @Export
    public boolean isOpen(int fd) {
        return io.node4j.loop.fs.FdTable.process().isOpen(fd);
    }

    // ------------------------------------------------------------------ the two calling conventions

    private Object run(Value[] reqs, Callable<Object> work, Function<Object, Object> toJs) {
        Value req = reqs == null || reqs.length == 0 ? null : reqs[0];
        if (req == null || req.isNull()) {
            // A sync call's failure comes back as a report that lib/ throws (internal/fs/utils):
            // an error thrown from here into JS costs ~380 µs more.
            try {
                return toJs.apply(work.call());
            } catch (UvException e) {
                return ErrorReport.of(e);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                return ErrorReport.of(new UvException(Errno.EIO, null));
            }
        }
        // A provider type after the callback says whose request this is when it is not fs's callback
        // API: fs/promises' FSREQPROMISE, fs.watchFile's STATWATCHER (async_hooks and
        // process.getActiveResourcesInfo() show it as Node does).
        String type = reqs.length > 1 && reqs[1].isString() ? reqs[1].asString() : "FSREQCALLBACK";
        io.node4j.runtime.Callbacks.Bound bound = callbacks.bind(req, type);
        loop.queueWork(work, (result, error) -> {
            if (error == null) {
                callbacks.invoke(bound, null, toJs.apply(result));
            } else {
                UvException uv = error instanceof UvException u ? u : new UvException(Errno.EIO, null);
                callbacks.invoke(bound, ErrorReport.of(uv));
            }
        });
        return null;
    }

    /** Node's error object for {@code e}, thrown into the calling JS as is. */
    private RuntimeException jsError(UvException e) {
        throw makeError.execute(ErrorReport.of(e)).throwException();
    }

    private String resolve(String path) {
        if (path.isEmpty() || path.startsWith("/")) {
            return path;
        }
        String base = cwd.get();
        return base.endsWith("/") ? base + path : base + "/" + path;
    }

    /** Runs {@code op}; its errors name {@code given} where they named the resolved {@code resolved}. */
    private static <T> T onPath(String given, String resolved, Supplier<T> op) {
        try {
            return op.get();
        } catch (UvException e) {
            String path = e.path() == null && "opendir".equals(e.syscall()) ? resolved : e.path();
            throw new UvException(notDirectory(e, path), e.syscall(), unresolve(path, given, resolved), e.dest());
        }
    }

    /**
     * The JDK reports ENOENT where a path runs through a regular file ("file.txt/x"), which Linux
     * reports as ENOTDIR: the nearest existing ancestor decides.
     */
    private static Errno notDirectory(UvException e, String path) {
        if (e.errno() != Errno.ENOENT || path == null || path.isEmpty()) {
            return e.errno();
        }
        Path parent = Path.of(path).getParent();
        while (parent != null) {
            if (Files.exists(parent)) {
                return Files.isDirectory(parent) ? Errno.ENOENT : Errno.ENOTDIR;
            }
            parent = parent.getParent();
        }
        return Errno.ENOENT;
    }

    private static <T> T onPaths(String given, String resolved, String givenDest, String resolvedDest,
                                 Supplier<T> op) {
        try {
            return op.get();
        } catch (UvException e) {
            throw new UvException(e.errno(), e.syscall(), unresolve(e.path(), given, resolved),
                    unresolve(e.dest(), givenDest, resolvedDest));
        }
    }

    /** A path the operation reported, in the form the program gave (relative if it was). */
    private static String unresolve(String reported, String given, String resolved) {
        if (reported == null || given.equals(resolved)) {
            return reported;
        }
        if (reported.startsWith(resolved)) {
            return given + reported.substring(resolved.length());
        }
        String base = resolved.substring(0, resolved.length() - given.length());
        return reported.startsWith(base) ? reported.substring(base.length()) : reported;
    }
}
