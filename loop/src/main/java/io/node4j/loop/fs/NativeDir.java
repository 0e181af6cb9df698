package io.node4j.loop.fs;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import io.node4j.loop.Errno;
import io.node4j.loop.UvException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A directory's entries as libuv's scandir reads them: getdents64(2) on the open directory, a buffer of
 * entries per call, each with the type the file system keeps in it (d_type). The JDK's DirectoryStream
 * gives names only, so its entries' types cost one stat each; here only an entry whose file system
 * does not say (DT_UNKNOWN) is stat'ed. Null from {@link #get} where these calls cannot be made (then
 * Fs uses the JDK).
 *
 * <p>{@code struct linux_dirent64} is the same on every Linux architecture: u64 d_ino, s64 d_off,
 * u16 d_reclen, u8 d_type, then the NUL-terminated name.
 */
final class NativeDir {
    private static final int BUFFER = 32 * 1024;
    private static final int RECLEN = 16;
    private static final int TYPE = 18;
    private static final int NAME = 19;

    private static final NativeDir INSTANCE = load();

    private final MethodHandle opendir;
    private final MethodHandle dirfd;
    private final MethodHandle getdents;
    private final MethodHandle closedir;
    private final StructLayout stateLayout;
    private final VarHandle errnoHandle;

    private NativeDir(Linker linker) {
        stateLayout = Linker.Option.captureStateLayout();
        errnoHandle = stateLayout.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        Linker.Option errno = Linker.Option.captureCallState("errno");
        opendir = linker.downcallHandle(find(linker, "opendir"), FunctionDescriptor.of(ADDRESS, ADDRESS), errno);
        dirfd = linker.downcallHandle(find(linker, "dirfd"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
        getdents = linker.downcallHandle(find(linker, "getdents64"),
                FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG), errno);
        closedir = linker.downcallHandle(find(linker, "closedir"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    private static MemorySegment find(Linker linker, String name) {
        return linker.defaultLookup().find(name).orElseThrow(() -> new UnsupportedOperationException(name));
    }

    private static NativeDir load() {
        try {
            return new NativeDir(Linker.nativeLinker());
        } catch (Throwable e) {
            // A libc without getdents64 (glibc before 2.30, or not glibc): the JDK's way is used then.
            return null;
        }
    }

    /** The calls, or null where they cannot be made. */
    static NativeDir get() {
        return INSTANCE;
    }

    /**
     * The entries of {@code path} but "." and "..", in the order the kernel gives them; their types
     * when {@code types} (else {@link FsConstants#UV_DIRENT_UNKNOWN}).
     *
     * @throws UvException the errno's error, with syscall "scandir" and {@code path}
     */
    List<Dirent> read(String path, boolean types) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(stateLayout);
            MemorySegment dir = (MemorySegment) opendir.invokeExact(state, arena.allocateFrom(path));
            if (dir.equals(MemorySegment.NULL)) {
                throw error((int) errnoHandle.get(state, 0L), path);
            }
            try {
                int fd = (int) dirfd.invokeExact(dir);
                MemorySegment buf = arena.allocate(BUFFER, 8);
                List<Dirent> out = new ArrayList<>();
                for (;;) {
                    long n = (long) getdents.invokeExact(state, fd, buf, (long) BUFFER);
                    if (n < 0) {
                        throw error((int) errnoHandle.get(state, 0L), path);
                    }
                    if (n == 0) {
                        return out;
                    }
                    byte[] entries = buf.asSlice(0, n).toArray(JAVA_BYTE);
                    for (int at = 0; at < n;) {
                        int reclen = Short.toUnsignedInt(buf.get(JAVA_SHORT, at + RECLEN));
                        int end = at + NAME;
                        while (entries[end] != 0) {
                            end++;
                        }
                        int dt = entries[at + TYPE] & 0xff;
                        int start = at + NAME;
                        at += reclen;
                        if (entries[start] == '.' && (end == start + 1 || end == start + 2 && entries[start + 1] == '.')) {
                            continue;
                        }
                        String name = new String(entries, start, end - start, StandardCharsets.UTF_8);
                        int type = FsConstants.UV_DIRENT_UNKNOWN;
                        if (types) {
                            // DT_* is the file type bits of st_mode shifted down by 12.
                            type = dt == 0 ? Fs.direntType(java.nio.file.Path.of(path, name))
                                    : FsConstants.direntType(dt << 12);
                        }
                        out.add(new Dirent(name, type));
                    }
                }
            } finally {
                int ignored = (int) closedir.invokeExact(dir);
            }
        } catch (UvException e) {
            throw e;
        } catch (Throwable t) {
            throw new UvException(Errno.EIO, "scandir", path);
        }
    }

    private static UvException error(int errno, String path) {
        Errno e = Errno.ofCode(-errno);
        return new UvException(e == null ? Errno.EIO : e, "scandir", path);
    }
}
