package io.node4j.loop.fs;

/**
 * Node's {@code fs.constants} on Linux (x86-64 and arm64 share these numbers). {@link Fs#open} takes
 * the {@code O_*} bits exactly as Node passes them.
 */
public final class FsConstants {
    private FsConstants() {
    }

    // open(2) flags
    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    /** Mask for the access mode (O_RDONLY / O_WRONLY / O_RDWR). */
    public static final int O_ACCMODE = 3;
    public static final int O_CREAT = 0100;
    public static final int O_EXCL = 0200;
    public static final int O_NOCTTY = 0400;
    public static final int O_TRUNC = 01000;
    public static final int O_APPEND = 02000;
    public static final int O_NONBLOCK = 04000;
    public static final int O_DSYNC = 010000;
    public static final int O_DIRECT = 040000;
    public static final int O_DIRECTORY = 0200000;
    public static final int O_NOFOLLOW = 0400000;
    public static final int O_NOATIME = 01000000;
    public static final int O_SYNC = 04010000;
    public static final int UV_FS_O_FILEMAP = 0;

    // st_mode file type and permission bits
    public static final int S_IFMT = 0170000;
    public static final int S_IFREG = 0100000;
    public static final int S_IFDIR = 0040000;
    public static final int S_IFCHR = 0020000;
    public static final int S_IFBLK = 0060000;
    public static final int S_IFIFO = 0010000;
    public static final int S_IFLNK = 0120000;
    public static final int S_IFSOCK = 0140000;
    public static final int S_ISUID = 04000;
    public static final int S_ISGID = 02000;
    public static final int S_ISVTX = 01000;
    public static final int S_IRWXU = 0700;
    public static final int S_IRUSR = 0400;
    public static final int S_IWUSR = 0200;
    public static final int S_IXUSR = 0100;
    public static final int S_IRWXG = 070;
    public static final int S_IRGRP = 040;
    public static final int S_IWGRP = 020;
    public static final int S_IXGRP = 010;
    public static final int S_IRWXO = 07;
    public static final int S_IROTH = 04;
    public static final int S_IWOTH = 02;
    public static final int S_IXOTH = 01;

    // access(2) modes
    public static final int F_OK = 0;
    public static final int R_OK = 4;
    public static final int W_OK = 2;
    public static final int X_OK = 1;

    // copyfile flags
    public static final int COPYFILE_EXCL = 1;
    public static final int COPYFILE_FICLONE = 2;
    public static final int COPYFILE_FICLONE_FORCE = 4;
    public static final int UV_FS_COPYFILE_EXCL = COPYFILE_EXCL;
    public static final int UV_FS_COPYFILE_FICLONE = COPYFILE_FICLONE;
    public static final int UV_FS_COPYFILE_FICLONE_FORCE = COPYFILE_FICLONE_FORCE;

    // symlink flags (meaningful on Windows only; accepted and ignored on Linux)
    public static final int UV_FS_SYMLINK_DIR = 1;
    public static final int UV_FS_SYMLINK_JUNCTION = 2;

    // directory entry types (uv_dirent_type_t)
    public static final int UV_DIRENT_UNKNOWN = 0;
    public static final int UV_DIRENT_FILE = 1;
    public static final int UV_DIRENT_DIR = 2;
    public static final int UV_DIRENT_LINK = 3;
    public static final int UV_DIRENT_FIFO = 4;
    public static final int UV_DIRENT_SOCKET = 5;
    public static final int UV_DIRENT_CHAR = 6;
    public static final int UV_DIRENT_BLOCK = 7;

    /** The dirent type for a full st_mode. */
    public static int direntType(int mode) {
        return switch (mode & S_IFMT) {
            case S_IFREG -> UV_DIRENT_FILE;
            case S_IFDIR -> UV_DIRENT_DIR;
            case S_IFLNK -> UV_DIRENT_LINK;
            case S_IFIFO -> UV_DIRENT_FIFO;
            case S_IFSOCK -> UV_DIRENT_SOCKET;
            case S_IFCHR -> UV_DIRENT_CHAR;
            case S_IFBLK -> UV_DIRENT_BLOCK;
            default -> UV_DIRENT_UNKNOWN;
        };
    }
}
