package io.node4j.loop.fs;

/**
 * The result of stat/lstat/fstat: every field of Node's {@code fs.Stats}. Times are nanoseconds
 * since the epoch (Node's {@code bigint: true} form gives them as {@code *Ns}); the millisecond and
 * seconds/nanoseconds views are derived.
 *
 * @param mode full {@code st_mode}: type bits ({@link FsConstants#S_IFMT}) and permission bits
 * @param blksize see {@link Fs#stat}: the JDK does not expose {@code st_blksize}; 4096 is reported
 * @param blocks see {@link Fs#stat}: estimated from the size, in 512-byte units
 */
public record Stats(long dev, int mode, long nlink, long uid, long gid, long rdev, long blksize, long ino,
                    long size, long blocks, long atimeNs, long mtimeNs, long ctimeNs, long birthtimeNs) {

    private static final long NS = 1_000_000_000L;

    public boolean isFile() {
        return (mode & FsConstants.S_IFMT) == FsConstants.S_IFREG;
    }

    public boolean isDirectory() {
        return (mode & FsConstants.S_IFMT) == FsConstants.S_IFDIR;
    }

    public boolean isSymbolicLink() {
        return (mode & FsConstants.S_IFMT) == FsConstants.S_IFLNK;
    }

    public boolean isFIFO() {
        return (mode & FsConstants.S_IFMT) == FsConstants.S_IFIFO;
    }

    public boolean isSocket() {
        return (mode & FsConstants.S_IFMT) == FsConstants.S_IFSOCK;
    }

    public boolean isCharacterDevice() {
        return (mode & FsConstants.S_IFMT) == FsConstants.S_IFCHR;
    }

    public boolean isBlockDevice() {
        return (mode & FsConstants.S_IFMT) == FsConstants.S_IFBLK;
    }

    /** Node's {@code atimeMs}: milliseconds with the sub-millisecond part as a fraction. */
    public double atimeMs() {
        return toMs(atimeNs);
    }

    public double mtimeMs() {
        return toMs(mtimeNs);
    }

    public double ctimeMs() {
        return toMs(ctimeNs);
    }

    public double birthtimeMs() {
        return toMs(birthtimeNs);
    }

    /** {@code st_mtim.tv_sec}. */
    public long mtimeSec() {
        return Math.floorDiv(mtimeNs, NS);
    }

    /** {@code st_mtim.tv_nsec}. */
    public long mtimeNsec() {
        return Math.floorMod(mtimeNs, NS);
    }

    public long atimeSec() {
        return Math.floorDiv(atimeNs, NS);
    }

    public long atimeNsec() {
        return Math.floorMod(atimeNs, NS);
    }

    public long ctimeSec() {
        return Math.floorDiv(ctimeNs, NS);
    }

    public long ctimeNsec() {
        return Math.floorMod(ctimeNs, NS);
    }

    public long birthtimeSec() {
        return Math.floorDiv(birthtimeNs, NS);
    }

    public long birthtimeNsec() {
        return Math.floorMod(birthtimeNs, NS);
    }

    private static double toMs(long ns) {
        return Math.floorDiv(ns, 1_000_000L) + Math.floorMod(ns, 1_000_000L) / 1e6;
    }
}
