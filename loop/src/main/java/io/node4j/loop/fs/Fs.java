package io.node4j.loop.fs;

import io.node4j.loop.Errno;
import io.node4j.loop.UvException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static io.node4j.loop.fs.FsConstants.*;

/**
 * The synchronous file-system operations, one per libuv {@code uv_fs_*} request, with Node's
 * semantics on Linux. Every method blocks the calling thread and is safe to call from any thread; the
 * only shared state is {@link FdTable#process()}. Every failure is a {@link UvException} carrying
 * Linux's errno, the syscall name Node reports and the path(s) exactly as the caller gave them.
 *
 * <p>Paths are strings as Node passes them; relative ones resolve against the JVM's working
 * directory (the JVM cannot chdir: a runtime that emulates {@code process.chdir} must resolve paths
 * before calling in). Operations on a descriptor that have no descriptor form in the JDK (fstat,
 * fchmod, fchown, futimes) act on the path the descriptor was opened by while it still leads to the
 * same inode, else on the JVM's /proc/self/fd entry for that inode; for 0/1/2 on
 * {@code /proc/self/fd/N}.
 */
public final class Fs {
    private Fs() {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEMP_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int MKDTEMP_ATTEMPTS = 1000;
    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final LinkOption[] FOLLOW = {};
    /** What stat reports as st_blksize: the JDK does not expose it; 4096 is the page-sized block of ext4, xfs, btrfs and tmpfs. */
    public static final int BLKSIZE = 4096;

    private static FdTable fds() {
        return FdTable.process();
    }

    // ---------------------------------------------------------------- paths

    /** Node's path string as a Path; "" is ENOENT as for open(2) (Java would read it as the working directory). */
    private static Path path(String path, String syscall) {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty()) {
            throw new UvException(Errno.ENOENT, syscall, path);
        }
        if (path.indexOf('\0') >= 0) {
            throw new UvException(Errno.EINVAL, syscall, path);
        }
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            throw new UvException(Errno.EINVAL, syscall, path);
        }
    }

    /**
     * Path.of drops a trailing slash, which on Linux requires the target to be a directory. Returns
     * whether {@code path} has one (other than the root itself).
     */
    private static boolean trailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/");
    }

    private static void requireDirectoryIfSlash(String path, Path p, String syscall) {
        if (trailingSlash(path)) {
            Map<String, Object> a;
            try {
                a = Files.readAttributes(p, "unix:mode");
            } catch (IOException e) {
                throw FsErrors.map(e, syscall, path);
            }
            if ((((Number) a.get("mode")).intValue() & S_IFMT) != S_IFDIR) {
                throw new UvException(Errno.ENOTDIR, syscall, path);
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE
        for (int i = 0; i < 9; i++) {
            if ((mode & (0400 >> i)) != 0) {
                s.add(bits[i]);
            }
        }
        return s;
    }

    /** The mode as a creation attribute: open(2)/mkdir(2) get it and apply the process umask. */
    private static FileAttribute<Set<PosixFilePermission>> modeAttribute(int mode) {
        return PosixFilePermissions.asFileAttribute(permissions(mode));
    }

    // ---------------------------------------------------------------- open / close

    /**
     * uv_fs_open. {@code flags} are Linux's O_* bits as in {@link FsConstants}; {@code mode} (for
     * O_CREAT) is passed to open(2) and so is masked by the umask, but only its 0777 bits: the JDK has
     * no way to create with setuid/setgid/sticky. O_NOCTTY, O_NONBLOCK, O_NOATIME and O_DIRECT are
     * accepted and ignored. Returns the new descriptor.
     */
    public static int open(String path, int flags, int mode) {
        Path p = path(path, "open");
        int acc = flags & O_ACCMODE;
        if (acc == O_ACCMODE) {
            throw new UvException(Errno.EINVAL, "open", path);
        }
        boolean read = acc == O_RDONLY || acc == O_RDWR;
        boolean write = acc == O_WRONLY || acc == O_RDWR;
        boolean creat = (flags & O_CREAT) != 0;
        boolean excl = creat && (flags & O_EXCL) != 0;
        boolean trunc = (flags & O_TRUNC) != 0;
        boolean append = (flags & O_APPEND) != 0;
        boolean noFollow = (flags & O_NOFOLLOW) != 0;
        boolean emulatedAppend = false;

        if ((flags & O_DIRECTORY) != 0) {
            openDirectoryCheck(path, p, write, noFollow);
        } else if (trailingSlash(path)) {
            if (creat || write) {
                // open(2): a trailing slash names a directory, which cannot be created or written
                requireDirectoryIfSlashOrMissing(path, p);
                throw new UvException(Errno.EISDIR, "open", path);
            }
            requireDirectoryIfSlash(path, p, "open");
        }

        Set<OpenOption> opts = new HashSet<>();
        if (read) {
            opts.add(StandardOpenOption.READ);
        }
        if (write) {
            opts.add(StandardOpenOption.WRITE);
            if (excl) {
                opts.add(StandardOpenOption.CREATE_NEW);
            } else if (creat) {
                opts.add(StandardOpenOption.CREATE);
            }
            if (trunc) {
                opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            if (append) {
                // the JDK refuses READ+APPEND and APPEND+TRUNCATE_EXISTING, which Linux allows
                if (read || trunc) {
                    emulatedAppend = true;
                } else {
                    opts.add(StandardOpenOption.APPEND);
                }
            }
        } else if (creat || trunc) {
            // the JDK ignores CREATE/TRUNCATE_EXISTING for read-only opens; Linux honours them
            createOrTruncateForReadOnly(path, p, excl, trunc, mode, noFollow);
        }
        if ((flags & O_SYNC) == O_SYNC) {
            opts.add(StandardOpenOption.SYNC);
        } else if ((flags & O_DSYNC) != 0) {
            opts.add(StandardOpenOption.DSYNC);
        }
        if (noFollow) {
            opts.add(LinkOption.NOFOLLOW_LINKS);
        }
        FileChannel ch;
        try {
            ch = write && creat ? FileChannel.open(p, opts, modeAttribute(mode)) : FileChannel.open(p, opts);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "open", path);
        }
        long dev = -1;
        long ino = -1;
        try {
            // remembered so that fstat & co. can find the file again after a rename or unlink
            Map<String, Object> key = Files.readAttributes(p, "unix:dev,ino");
            dev = ((Number) key.get("dev")).longValue();
            ino = ((Number) key.get("ino")).longValue();
        } catch (IOException | RuntimeException e) {
            // renamed or unlinked already: fstat & co. will use the path
        }
        try {
            return fds().add(new OpenFile(ch, p, path, flags, emulatedAppend, dev, ino), "open", path);
        } catch (UvException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    private static void requireDirectoryIfSlashOrMissing(String path, Path p) {
        try {
            Map<String, Object> a = Files.readAttributes(p, "unix:mode");
            if ((((Number) a.get("mode")).intValue() & S_IFMT) != S_IFDIR) {
                throw new UvException(Errno.ENOTDIR, "open", path);
            }
        } catch (NoSuchFileException e) {
            // creating "name/" is EISDIR on Linux, as for an existing directory, once its parent exists
            Path parent = p.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new UvException(Files.exists(parent) ? Errno.ENOTDIR : Errno.ENOENT, "open", path);
            }
        } catch (IOException e) {
            throw FsErrors.map(e, "open", path);
        }
    }

    private static void openDirectoryCheck(String path, Path p, boolean write, boolean noFollow) {
        Map<String, Object> a;
        try {
            a = Files.readAttributes(p, "unix:mode", noFollow ? NOFOLLOW : FOLLOW);
        } catch (IOException e) {
            throw FsErrors.map(e, "open", path);
        }
        int type = ((Number) a.get("mode")).intValue() & S_IFMT;
        if (type == S_IFLNK) {
            throw new UvException(Errno.ELOOP, "open", path);
        }
        if (type != S_IFDIR) {
            throw new UvException(Errno.ENOTDIR, "open", path);
        }
        if (write) {
            throw new UvException(Errno.EISDIR, "open", path);
        }
    }

    private static void createOrTruncateForReadOnly(String path, Path p, boolean excl, boolean trunc, int mode,
                                                    boolean noFollow) {
        Set<OpenOption> o = new HashSet<>();
        o.add(StandardOpenOption.WRITE);
        if (excl) {
            o.add(StandardOpenOption.CREATE_NEW);
        } else {
            o.add(StandardOpenOption.CREATE);
        }
        if (trunc) {
            o.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (noFollow) {
            o.add(LinkOption.NOFOLLOW_LINKS);
        }
        try {
            if (Files.isDirectory(p) && !excl && !trunc) {
                return; // O_RDONLY|O_CREAT on a directory opens it
            }
            FileChannel.open(p, o, modeAttribute(mode)).close();
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "open", path);
        }
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // nothing useful to report: the open already failed
        }
    }

    /**
     * uv_fs_close. The descriptor is freed even if closing the channel fails. Closing 0, 1 or 2
     * removes them from the table but leaves the process's streams open, since the JVM still writes
     * to them.
     */
    public static void close(int fd) {
        OpenFile f = fds().remove(fd, "close");
        try {
            f.close();
        } catch (IOException e) {
            throw FsErrors.map(e, "close");
        }
    }

    // ---------------------------------------------------------------- read / write

    /**
     * uv_fs_read: one read into {@code dst}'s remaining space at {@code position}, or at the current
     * offset (which then advances) when {@code position} is negative. Returns the bytes read, 0 at
     * end of file. Reading a directory descriptor is EISDIR.
     */
    public static int read(int fd, ByteBuffer dst, long position) {
        OpenFile f = fds().get(fd, "read");
        try {
            FileChannel ch = f.channel();
            int n = position < 0 ? ch.read(dst) : ch.read(dst, position);
            return Math.max(n, 0);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "read");
        }
    }

    /** {@link #read(int, ByteBuffer, long)} into {@code buf[offset, offset+length)}. */
    public static int read(int fd, byte[] buf, int offset, int length, long position) {
        return read(fd, wrap(buf, offset, length, "read"), position);
    }

    /**
     * uv_fs_read with several buffers: fills them in order and stops at the first short read.
     * Returns the total bytes read.
     */
    public static long readv(int fd, ByteBuffer[] dsts, long position) {
        OpenFile f = fds().get(fd, "read");
        try {
            FileChannel ch = f.channel();
            if (position < 0) {
                return Math.max(ch.read(dsts), 0);
            }
            long total = 0;
            for (ByteBuffer b : dsts) {
                while (b.hasRemaining()) {
                    int n = ch.read(b, position + total);
                    if (n <= 0) {
                        return total;
                    }
                    total += n;
                }
            }
            return total;
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "read");
        }
    }

    /**
     * uv_fs_write: writes {@code src}'s remaining bytes at {@code position}, or at the current offset
     * when negative. As on Linux, a descriptor opened with O_APPEND always writes at the end,
     * whatever the position. Returns the bytes written.
     */
    public static int write(int fd, ByteBuffer src, long position) {
        OpenFile f = fds().get(fd, "write");
        try {
            FileChannel ch = f.channel();
            if (f.emulatedAppend) {
                synchronized (f.appendLock) {
                    ch.position(ch.size());
                    return writeFully(ch, src);
                }
            }
            if (f.appending() || position < 0) {
                return writeFully(ch, src);
            }
            int total = 0;
            while (src.hasRemaining()) {
                total += ch.write(src, position + total);
            }
            return total;
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "write");
        }
    }

    private static int writeFully(FileChannel ch, ByteBuffer src) throws IOException {
        int total = 0;
        while (src.hasRemaining()) {
            total += ch.write(src);
        }
        return total;
    }

    /** {@link #write(int, ByteBuffer, long)} from {@code buf[offset, offset+length)}. */
    public static int write(int fd, byte[] buf, int offset, int length, long position) {
        return write(fd, wrap(buf, offset, length, "write"), position);
    }

    /** uv_fs_write with several buffers, written in order. Returns the total bytes written. */
    public static long writev(int fd, ByteBuffer[] srcs, long position) {
        long total = 0;
        for (ByteBuffer b : srcs) {
            total += write(fd, b, position < 0 ? -1 : position + total);
        }
        return total;
    }

    private static ByteBuffer wrap(byte[] buf, int offset, int length, String syscall) {
        Objects.requireNonNull(buf, "buf");
        if (offset < 0 || length < 0 || offset > buf.length - length) {
            throw new UvException(Errno.EINVAL, syscall);
        }
        return ByteBuffer.wrap(buf, offset, length);
    }

    // ---------------------------------------------------------------- stat

    /**
     * uv_fs_stat (follows symlinks): statx(2) through {@link NativeStat}, every field the kernel's, as
     * libuv. Where statx cannot be called: all fields come from the JDK's "unix" attribute view except
     * {@code blksize}, reported as {@link #BLKSIZE}, and {@code blocks}, estimated as the size
     * rounded up to whole {@code BLKSIZE} blocks, in 512-byte units (exact for dense files on
     * ext4/xfs; wrong for sparse, compressed or inline files, and 0 for everything that is neither a
     * regular file nor a directory). {@code birthtime} is the statx birth time when the file system
     * gives one; otherwise the JDK reports the modification time.
     */
    public static Stats stat(String path) {
        Path p = path(path, "stat");
        NativeStat statx = NativeStat.get();
        if (statx != null) {
            return statx.stat(path, true, "stat", path);
        }
        requireDirectoryIfSlash(path, p, "stat");
        return stats(p, FOLLOW, "stat", path);
    }

    /** uv_fs_lstat: as {@link #stat} but a symlink is described itself. */
    public static Stats lstat(String path) {
        Path p = path(path, "lstat");
        NativeStat statx = NativeStat.get();
        if (statx != null) {
            return statx.stat(path, false, "lstat", path);
        }
        boolean slash = trailingSlash(path);
        if (slash) {
            requireDirectoryIfSlash(path, p, "lstat");
        }
        // "link/" names the directory the link points to, as on Linux
        return stats(p, slash ? FOLLOW : NOFOLLOW, "lstat", path);
    }

    /**
     * uv_fs_fstat. The JDK has no fstat: this stats the path the descriptor was opened with, or, once
     * that no longer leads to the same inode (renamed, unlinked), the descriptor's file through
     * /proc/self/fd.
     */
    public static Stats fstat(int fd) {
        OpenFile f = fds().get(fd, "fstat");
        return stats(f.currentPath(), FOLLOW, "fstat", null);
    }

    /** Whether {@code path} exists (following symlinks); never throws. Node's existsSync. */
    public static boolean exists(String path) {
        if (path == null || path.isEmpty() || path.indexOf('\0') >= 0) {
            return false;
        }
        NativeStat statx = NativeStat.get();
        if (statx != null) {
            return statx.exists(path);
        }
        try {
            Path p = Path.of(path);
            if (trailingSlash(path)) {
                return Files.isDirectory(p);
            }
            return Files.exists(p);
        } catch (InvalidPathException | SecurityException e) {
            return false;
        }
    }

    private static Stats stats(Path p, LinkOption[] links, String syscall, String path) {
        Map<String, Object> a;
        try {
            a = Files.readAttributes(p, "unix:*", links);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, syscall, path);
        }
        int mode = ((Number) a.get("mode")).intValue();
        long size = ((Number) a.get("size")).longValue();
        int type = mode & S_IFMT;
        long blocks = type == S_IFREG || type == S_IFDIR ? (size + BLKSIZE - 1) / BLKSIZE * (BLKSIZE / 512) : 0;
        return new Stats(
                ((Number) a.get("dev")).longValue(),
                mode,
                unsigned(a.get("nlink")),
                unsigned(a.get("uid")),
                unsigned(a.get("gid")),
                ((Number) a.get("rdev")).longValue(),
                BLKSIZE,
                ((Number) a.get("ino")).longValue(),
                size,
                blocks,
                nanos(a.get("lastAccessTime")),
                nanos(a.get("lastModifiedTime")),
                nanos(a.get("ctime")),
                nanos(a.get("creationTime")));
    }

    private static long unsigned(Object n) {
        return n instanceof Integer i ? Integer.toUnsignedLong(i) : ((Number) n).longValue();
    }

    private static long nanos(Object fileTime) {
        if (!(fileTime instanceof FileTime t)) {
            return 0;
        }
        Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /**
     * uv_fs_statfs from the JDK's FileStore: {@code bsize} is the store's block size, the block
     * counts are its byte counts divided by it, {@code type} is the Linux magic number for the file
     * system's name (0 if unknown here), and {@code files}/{@code ffree} are 0 (not available).
     */
    public static StatFs statfs(String path) {
        Path p = path(path, "statfs");
        try {
            FileStore s = Files.getFileStore(p);
            long bsize = s.getBlockSize();
            if (bsize <= 0) {
                bsize = BLKSIZE;
            }
            return new StatFs(fsMagic(s.type()), bsize, s.getTotalSpace() / bsize, s.getUnallocatedSpace() / bsize,
                    s.getUsableSpace() / bsize, 0, 0);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "statfs", path);
        }
    }

    private static long fsMagic(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "ext2", "ext3", "ext4" -> 0xEF53L;
            case "xfs" -> 0x58465342L;
            case "btrfs" -> 0x9123683EL;
            case "tmpfs" -> 0x01021994L;
            case "overlay" -> 0x794C7630L;
            case "proc" -> 0x9FA0L;
            case "sysfs" -> 0x62656572L;
            case "devtmpfs" -> 0x01021994L;
            case "devpts" -> 0x1CD1L;
            case "nfs", "nfs4" -> 0x6969L;
            case "vfat", "msdos" -> 0x4D44L;
            case "exfat" -> 0x2011BAB0L;
            case "ntfs", "ntfs3" -> 0x5346544EL;
            case "zfs" -> 0x2FC12FC1L;
            case "fuse", "fuseblk" -> 0x65735546L;
            case "squashfs" -> 0x73717368L;
            case "cgroup2" -> 0x63677270L;
            case "9p" -> 0x01021997L;
            case "f2fs" -> 0xF2F52010L;
            case "cifs", "smb3" -> 0xFF534D42L;
            case "ramfs" -> 0x858458F6L;
            default -> 0;
        };
    }

    // ---------------------------------------------------------------- directories

    /**
     * uv_fs_scandir: the entries of a directory (never "." or ".."), sorted as libuv sorts them, each
     * with its type: from getdents64's d_type through {@link NativeDir}, as libuv. Where that cannot be
     * called, the JDK does not expose d_type, so every entry costs an lstat; an entry that vanishes
     * meanwhile is UV_DIRENT_UNKNOWN.
     */
    public static List<Dirent> readdir(String path) {
        Path p = path(path, "scandir");
        NativeDir nativeDir = NativeDir.get();
        if (nativeDir != null) {
            List<Dirent> out = nativeDir.read(path, true);
            out.sort((a, b) -> compareNames(a.name(), b.name()));
            return out;
        }
        List<Dirent> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
            if (ds instanceof SecureDirectoryStream<Path> sds) {
                // fstatat relative to the open directory: no path walk per entry.
                for (Path e : sds) {
                    Path name = e.getFileName();
                    out.add(new Dirent(name.toString(), direntType(sds, name, e)));
                }
            } else {
                for (Path e : ds) {
                    out.add(new Dirent(e.getFileName().toString(), direntType(e)));
                }
            }
        } catch (DirectoryIteratorException e) {
            throw FsErrors.map(e.getCause(), "scandir", path);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "scandir", path);
        }
        out.sort((a, b) -> compareNames(a.name(), b.name()));
        return out;
    }

    /** uv_fs_scandir when only names are wanted (no per-entry lstat). */
    public static List<String> readdirNames(String path) {
        Path p = path(path, "scandir");
        NativeDir nativeDir = NativeDir.get();
        if (nativeDir != null) {
            List<Dirent> entries = nativeDir.read(path, false);
            List<String> names = new ArrayList<>(entries.size());
            for (Dirent e : entries) {
                names.add(e.name());
            }
            names.sort(Fs::compareNames);
            return names;
        }
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
            for (Path e : ds) {
                out.add(e.getFileName().toString());
            }
        } catch (DirectoryIteratorException e) {
            throw FsErrors.map(e.getCause(), "scandir", path);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "scandir", path);
        }
        out.sort(Fs::compareNames);
        return out;
    }

    /**
     * libuv's scandir sorts entries with strcmp: byte order of UTF-8, which is code point order. That is
     * UTF-16 order but where a surrogate (a code point above U+FFFF) meets a unit in U+E000..U+FFFF,
     * so the first differing units decide, with surrogates moved above that range.
     */
    static int compareNames(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                if (ca >= 0xD800 && cb >= 0xD800) {
                    return codePointRank(ca) - codePointRank(cb);
                }
                return ca - cb;
            }
        }
        return a.length() - b.length();
    }

    private static int codePointRank(char c) {
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }

    /** An entry's type from one lstat (basic attributes); the unix mode only for the rare other kinds. */
    static int direntType(Path entry) {
        try {
            return direntType(Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS),
                    entry);
        } catch (IOException | RuntimeException e) {
            return UV_DIRENT_UNKNOWN;
        }
    }

    private static int direntType(SecureDirectoryStream<Path> dir, Path name, Path entry) {
        try {
            BasicFileAttributes attrs = dir.getFileAttributeView(name, BasicFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS).readAttributes();
            return direntType(attrs, entry);
        } catch (IOException | RuntimeException e) {
            return UV_DIRENT_UNKNOWN;
        }
    }

    private static int direntType(BasicFileAttributes attrs, Path entry) throws IOException {
        if (attrs.isRegularFile()) {
            return UV_DIRENT_FILE;
        }
        if (attrs.isDirectory()) {
            return UV_DIRENT_DIR;
        }
        if (attrs.isSymbolicLink()) {
            return UV_DIRENT_LINK;
        }
        Object mode = Files.getAttribute(entry, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        return FsConstants.direntType(((Number) mode).intValue());
    }

    /**
     * uv_fs_opendir. As Node (v20) does, the error carries syscall "opendir" and no path.
     */
    public static Dir opendir(String path) {
        Path p = path(path, "opendir");
        try {
            return new Dir(path, Files.newDirectoryStream(p));
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "opendir");
        }
    }

    /** uv_fs_mkdir; {@code mode} goes to mkdir(2), so the umask applies (0777 bits only). */
    public static void mkdir(String path, int mode) {
        Path p = path(path, "mkdir");
        try {
            Files.createDirectory(p, modeAttribute(mode));
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "mkdir", path);
        }
    }

    /**
     * Node's {@code mkdir(path, {recursive: true})}: creates every missing directory along
     * {@code path} and returns the first one it created, or null when {@code path} already is a
     * directory. An existing non-directory at {@code path} is EEXIST, one above it ENOTDIR; errors
     * name the whole {@code path}.
     */
    public static String mkdirp(String path, int mode) {
        Path p = path(path, "mkdir");
        Deque<Path> missing = new ArrayDeque<>();
        for (Path cur = p; cur != null; cur = cur.getParent()) {
            Map<String, Object> a;
            try {
                a = Files.readAttributes(cur, "unix:mode");
            } catch (NoSuchFileException e) {
                missing.push(cur);
                continue;
            } catch (IOException | RuntimeException e) {
                throw FsErrors.map(e, "mkdir", path);
            }
            if ((((Number) a.get("mode")).intValue() & S_IFMT) != S_IFDIR) {
                boolean last = cur.equals(p) && !trailingSlash(path);
                throw new UvException(last ? Errno.EEXIST : Errno.ENOTDIR, "mkdir", path);
            }
            break;
        }
        String first = null;
        for (Path d : missing) {
            try {
                Files.createDirectory(d, modeAttribute(mode));
                if (first == null) {
                    first = d.toString();
                }
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(d)) { // someone else made it meanwhile: fine if a directory
                    throw new UvException(d.equals(p) ? Errno.EEXIST : Errno.ENOTDIR, "mkdir", path);
                }
            } catch (IOException | RuntimeException e) {
                throw FsErrors.map(e, "mkdir", path);
            }
        }
        return first;
    }

    /**
     * uv_fs_mkdtemp: creates {@code prefix} + 6 random characters from [A-Za-z0-9] (as glibc's
     * mkdtemp) with mode 0700 and returns its path. Errors name {@code prefix + "XXXXXX"} as Node does.
     */
    public static String mkdtemp(String prefix) {
        String template = prefix + "XXXXXX";
        for (int attempt = 0; attempt < MKDTEMP_ATTEMPTS; attempt++) {
            StringBuilder sb = new StringBuilder(prefix);
            for (int i = 0; i < 6; i++) {
                sb.append(TEMP_CHARS.charAt(RANDOM.nextInt(TEMP_CHARS.length())));
            }
            String name = sb.toString();
            try {
                Files.createDirectory(path(name, "mkdtemp"), modeAttribute(0700));
                return name;
            } catch (FileAlreadyExistsException e) {
                // try another name
            } catch (UvException e) {
                throw new UvException(e.errno(), "mkdtemp", template);
            } catch (IOException | RuntimeException e) {
                throw FsErrors.map(e, "mkdtemp", template);
            }
        }
        throw new UvException(Errno.EEXIST, "mkdtemp", template);
    }

    /** uv_fs_rmdir: ENOTDIR for anything but a directory (a symlink to one included), ENOTEMPTY if not empty. */
    public static void rmdir(String path) {
        Path p = path(path, "rmdir");
        int type = typeNoFollow(p, "rmdir", path);
        if (type != S_IFDIR) {
            throw new UvException(Errno.ENOTDIR, "rmdir", path);
        }
        try {
            Files.delete(p);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "rmdir", path);
        }
    }

    /** uv_fs_unlink: EISDIR for a directory, as Linux's unlink(2). */
    public static void unlink(String path) {
        Path p = path(path, "unlink");
        int type = typeNoFollow(p, "unlink", path);
        if (type == S_IFDIR) {
            throw new UvException(Errno.EISDIR, "unlink", path);
        }
        if (trailingSlash(path)) {
            throw new UvException(Errno.ENOTDIR, "unlink", path);
        }
        try {
            Files.delete(p);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "unlink", path);
        }
    }

    private static int typeNoFollow(Path p, String syscall, String path) {
        try {
            Object mode = Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return ((Number) mode).intValue() & S_IFMT;
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, syscall, path);
        }
    }

    // ---------------------------------------------------------------- names and links

    /** uv_fs_rename: rename(2), replacing an existing {@code newPath} as POSIX does. */
    public static void rename(String oldPath, String newPath) {
        Path from = path2(oldPath, oldPath, newPath, "rename");
        Path to = path2(newPath, oldPath, newPath, "rename");
        try {
            Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "rename", oldPath, newPath);
        }
    }

    /** uv_fs_link: a hard link {@code newPath} to {@code existingPath}. */
    public static void link(String existingPath, String newPath) {
        Path from = path2(existingPath, existingPath, newPath, "link");
        Path to = path2(newPath, existingPath, newPath, "link");
        try {
            Files.createLink(to, from);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "link", existingPath, newPath);
        }
    }

    /**
     * uv_fs_symlink: {@code path} becomes a symlink to {@code target}. {@code flags}
     * (UV_FS_SYMLINK_DIR/JUNCTION) only matter on Windows and are ignored. The JDK stores the target
     * as a normalised Path: redundant slashes (and a trailing one) are not kept.
     */
    public static void symlink(String target, String path, int flags) {
        Path link = path2(path, target, path, "symlink");
        Path to = path2(target, target, path, "symlink");
        try {
            Files.createSymbolicLink(link, to);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "symlink", target, path);
        }
    }

    private static Path path2(String which, String path, String dest, String syscall) {
        try {
            return path(which, syscall);
        } catch (UvException e) {
            throw new UvException(e.errno(), syscall, path, dest);
        }
    }

    /** uv_fs_readlink: the target text; EINVAL if {@code path} is not a symlink. */
    public static String readlink(String path) {
        Path p = path(path, "readlink");
        if (trailingSlash(path)) {
            // "name/" resolves through a link to what it names, which then is no link
            requireDirectoryIfSlash(path, p, "readlink");
            throw new UvException(Errno.EINVAL, "readlink", path);
        }
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "readlink", path);
        }
    }

    /** uv_fs_realpath: the absolute path with every symlink, "." and ".." resolved. */
    public static String realpath(String path) {
        Path p = path(path, "realpath");
        requireDirectoryIfSlash(path, p, "realpath");
        try {
            return p.toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "realpath", path);
        }
    }

    // ---------------------------------------------------------------- permissions and owners

    /** uv_fs_chmod: all 07777 bits (setuid, setgid, sticky included), through the JDK's "unix:mode". */
    public static void chmod(String path, int mode) {
        Path p = path(path, "chmod");
        setMode(p, mode, FOLLOW, "chmod", path);
    }

    /** uv_fs_fchmod, by the descriptor's path. */
    public static void fchmod(int fd, int mode) {
        OpenFile f = fds().get(fd, "fchmod");
        setMode(f.currentPath(), mode, FOLLOW, "fchmod", null);
    }

    /**
     * lchmod: Linux cannot change a symlink's own mode, so a symlink is ENOTSUP; anything else is
     * chmod'ed (what glibc's lchmod does). Node does not offer fs.lchmod on Linux.
     */
    public static void lchmod(String path, int mode) {
        Path p = path(path, "lchmod");
        if (typeNoFollow(p, "lchmod", path) == S_IFLNK) {
            throw new UvException(Errno.ENOTSUP, "lchmod", path);
        }
        setMode(p, mode, NOFOLLOW, "lchmod", path);
    }

    private static void setMode(Path p, int mode, LinkOption[] links, String syscall, String path) {
        try {
            Files.setAttribute(p, "unix:mode", mode & 07777, links);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, syscall, path);
        }
    }

    /** uv_fs_chown; -1 leaves the uid or gid unchanged. */
    public static void chown(String path, long uid, long gid) {
        Path p = path(path, "chown");
        setOwner(p, uid, gid, FOLLOW, "chown", path);
    }

    /** uv_fs_fchown, by the descriptor's path. */
    public static void fchown(int fd, long uid, long gid) {
        OpenFile f = fds().get(fd, "fchown");
        setOwner(f.currentPath(), uid, gid, FOLLOW, "fchown", null);
    }

    /** uv_fs_lchown: a symlink's own owner. */
    public static void lchown(String path, long uid, long gid) {
        Path p = path(path, "lchown");
        setOwner(p, uid, gid, NOFOLLOW, "lchown", path);
    }

    private static void setOwner(Path p, long uid, long gid, LinkOption[] links, String syscall, String path) {
        try {
            if (uid != -1 && uid != 0xFFFF_FFFFL) {
                Files.setAttribute(p, "unix:uid", (int) uid, links);
            }
            if (gid != -1 && gid != 0xFFFF_FFFFL) {
                Files.setAttribute(p, "unix:gid", (int) gid, links);
            }
            if ((uid == -1 || uid == 0xFFFF_FFFFL) && (gid == -1 || gid == 0xFFFF_FFFFL)) {
                Files.readAttributes(p, "unix:mode", links); // chown(-1, -1) still fails for a missing file
            }
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, syscall, path);
        }
    }

    /**
     * uv_fs_access: access(2) with {@code mode} a mask of R_OK/W_OK/X_OK, or F_OK for existence.
     * Note that root passes R_OK and W_OK checks whatever the permission bits.
     */
    public static void access(String path, int mode) {
        Path p = path(path, "access");
        List<AccessMode> modes = new ArrayList<>(3);
        if ((mode & R_OK) != 0) {
            modes.add(AccessMode.READ);
        }
        if ((mode & W_OK) != 0) {
            modes.add(AccessMode.WRITE);
        }
        if ((mode & X_OK) != 0) {
            modes.add(AccessMode.EXECUTE);
        }
        try {
            requireDirectoryIfSlash(path, p, "access");
            p.getFileSystem().provider().checkAccess(p, modes.toArray(AccessMode[]::new));
        } catch (IOException | RuntimeException e) {
            throw e instanceof UvException u ? u : FsErrors.map(e, "access", path);
        }
    }

    // ---------------------------------------------------------------- times

    /**
     * uv_fs_utime: times in seconds since the epoch as Node passes them (fractions kept to the
     * nanosecond the double holds).
     */
    public static void utimes(String path, double atime, double mtime) {
        utimesNs(path, secondsToNanos(atime), secondsToNanos(mtime));
    }

    /** uv_fs_utime with the times in nanoseconds since the epoch. */
    public static void utimesNs(String path, long atimeNs, long mtimeNs) {
        Path p = path(path, "utime");
        setTimes(p, atimeNs, mtimeNs, FOLLOW, "utime", path);
    }

    /** uv_fs_futime, by the descriptor's path. */
    public static void futimes(int fd, double atime, double mtime) {
        OpenFile f = fds().get(fd, "futime");
        setTimes(f.currentPath(), secondsToNanos(atime), secondsToNanos(mtime), FOLLOW, "futime", null);
    }

    /** uv_fs_lutime: a symlink's own times. */
    public static void lutimes(String path, double atime, double mtime) {
        Path p = path(path, "lutime");
        setTimes(p, secondsToNanos(atime), secondsToNanos(mtime), NOFOLLOW, "lutime", path);
    }

    /** Seconds as a double to nanoseconds: whole seconds floored, the fraction truncated to ns. */
    static long secondsToNanos(double seconds) {
        double s = Math.floor(seconds);
        long ns = (long) ((seconds - s) * 1e9);
        if (ns > 999_999_999L) {
            ns = 999_999_999L;
        }
        return (long) s * 1_000_000_000L + ns;
    }

    private static void setTimes(Path p, long atimeNs, long mtimeNs, LinkOption[] links, String syscall,
                                 String path) {
        try {
            BasicFileAttributeView v = Files.getFileAttributeView(p, BasicFileAttributeView.class, links);
            v.setTimes(fileTime(mtimeNs), fileTime(atimeNs), null);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, syscall, path);
        }
    }

    private static FileTime fileTime(long ns) {
        return FileTime.from(Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L)));
    }

    // ---------------------------------------------------------------- sync and size

    /** uv_fs_fsync: data and metadata to the device. */
    public static void fsync(int fd) {
        OpenFile f = fds().get(fd, "fsync");
        try {
            f.channel().force(true);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "fsync");
        }
    }

    /** uv_fs_fdatasync: data (and the metadata needed to read it) to the device. */
    public static void fdatasync(int fd) {
        OpenFile f = fds().get(fd, "fdatasync");
        try {
            f.channel().force(false);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "fdatasync");
        }
    }

    /**
     * uv_fs_ftruncate: shrinks or (unlike FileChannel.truncate) extends the file to {@code length}
     * bytes, the extension reading as zeros. EINVAL on a descriptor not open for writing, as Linux.
     */
    public static void ftruncate(int fd, long length) {
        OpenFile f = fds().get(fd, "ftruncate");
        if (length < 0) {
            throw new UvException(Errno.EINVAL, "ftruncate");
        }
        if ((f.flags & O_ACCMODE) == O_RDONLY) {
            throw new UvException(Errno.EINVAL, "ftruncate");
        }
        try {
            FileChannel ch = f.channel();
            if (f.appending() && !f.emulatedAppend && length > ch.size()) {
                // positional writes on an O_APPEND channel go to the end: extend through another channel
                try (FileChannel w = FileChannel.open(f.currentPath(), StandardOpenOption.WRITE)) {
                    setLength(w, length);
                }
            } else {
                // FileChannel.truncate pulls the file offset back to the new size; ftruncate(2) leaves it.
                long offset = ch.position();
                setLength(ch, length);
                if (ch.position() != offset) {
                    ch.position(offset);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "ftruncate");
        }
    }

    private static void setLength(FileChannel ch, long length) throws IOException {
        long size = ch.size();
        if (length < size) {
            ch.truncate(length);
        } else if (length > size) {
            ch.write(ByteBuffer.allocate(1), length - 1); // a hole up to the last byte, which is zero
        }
    }

    /**
     * Node's truncate(path, len): opens the file for writing (errors have syscall "open"), then
     * ftruncate (errors have syscall "ftruncate").
     */
    public static void truncate(String path, long length) {
        Path p = path(path, "open");
        if (length < 0) {
            throw new UvException(Errno.EINVAL, "ftruncate");
        }
        FileChannel ch;
        try {
            ch = FileChannel.open(p, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "open", path);
        }
        try (ch) {
            setLength(ch, length);
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "ftruncate");
        }
    }

    // ---------------------------------------------------------------- copy

    /**
     * uv_fs_copyfile: copies {@code src}'s bytes into {@code dest} (created, or truncated in place,
     * following a symlink at dest as open(2) does) and gives dest src's mode. COPYFILE_EXCL makes an
     * existing dest EEXIST; copying a file onto itself leaves it untouched. COPYFILE_FICLONE falls
     * back to a copy; COPYFILE_FICLONE_FORCE is ENOTSUP (the JDK cannot ask for a reflink).
     */
    public static void copyfile(String src, String dest, int flags) {
        Path from = path2(src, src, dest, "copyfile");
        Path to = path2(dest, src, dest, "copyfile");
        if ((flags & ~(COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE)) != 0) {
            throw new UvException(Errno.EINVAL, "copyfile", src, dest);
        }
        try {
            int srcMode = ((Number) Files.getAttribute(from, "unix:mode")).intValue();
            if ((srcMode & S_IFMT) == S_IFDIR) {
                throw new UvException(Errno.EISDIR, "copyfile", src, dest);
            }
            boolean excl = (flags & COPYFILE_EXCL) != 0;
            Map<String, Object> destAttrs = null;
            try {
                destAttrs = Files.readAttributes(to, "unix:mode,dev,ino");
            } catch (NoSuchFileException e) {
                // dest will be created
            }
            if (destAttrs != null || (excl && Files.isSymbolicLink(to))) {
                if (excl) {
                    throw new UvException(Errno.EEXIST, "copyfile", src, dest);
                }
                if ((((Number) destAttrs.get("mode")).intValue() & S_IFMT) == S_IFDIR) {
                    throw new UvException(Errno.EISDIR, "copyfile", src, dest);
                }
                if (Files.isSameFile(from, to)) {
                    return;
                }
            }
            if ((flags & COPYFILE_FICLONE_FORCE) != 0) {
                throw new UvException(Errno.ENOTSUP, "copyfile", src, dest);
            }
            try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
                 FileChannel out = FileChannel.open(to, Set.of(StandardOpenOption.WRITE,
                         excl ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE,
                         StandardOpenOption.TRUNCATE_EXISTING), modeAttribute(srcMode))) {
                long size = in.size();
                long done = 0;
                while (done < size) {
                    long n = in.transferTo(done, size - done, out);
                    if (n <= 0) {
                        break;
                    }
                    done += n;
                }
            }
            Files.setAttribute(to, "unix:mode", srcMode & 07777);
        } catch (UvException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw FsErrors.map(e, "copyfile", src, dest);
        }
    }
}
