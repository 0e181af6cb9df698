package io.node4j.loop.fs;

import static java.lang.foreign.ValueLayout.ADDRESS;
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

/**
 * stat and lstat as libuv does them on Linux: one statx(2) call through the FFM API, every field as the
 * kernel gives it (the real blksize and blocks, the birth time), and a failure as its errno, without a
 * Java exception on the way. The JDK's attribute views cost a map, principal look-ups and, for a missing
 * file, an exception with its stack trace: ~10 µs for a stat and ~20 µs for a missing file against
 * ~1 µs here. Null from {@link #get} where statx cannot be called (then Fs uses the JDK).
 *
 * <p>{@code struct statx} has the same layout on every Linux architecture (linux/stat.h), so no
 * per-architecture offsets are needed.
 */
final class NativeStat {
    private static final int AT_FDCWD = -100;
    private static final int AT_SYMLINK_NOFOLLOW = 0x100;
    private static final int STATX_BASIC_STATS_AND_BTIME = 0x0fff;
    private static final long STATX_SIZE = 256;

    private static final NativeStat INSTANCE = load();

    private final MethodHandle statx;
    private final StructLayout stateLayout;
    private final VarHandle errnoHandle;

    private NativeStat(Linker linker) {
        stateLayout = Linker.Option.captureStateLayout();
        errnoHandle = stateLayout.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        MemorySegment address = linker.defaultLookup().find("statx")
                .orElseThrow(() -> new UnsupportedOperationException("libc has no statx"));
        statx = linker.downcallHandle(address,
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS),
                Linker.Option.captureCallState("errno"));
    }

    private static NativeStat load() {
        try {
            NativeStat n = new NativeStat(Linker.nativeLinker());
            n.stat("/", true, "stat", "/");
            return n;
        } catch (UvException e) {
            // A kernel without statx (before 4.11) answers ENOSYS: the JDK's way is used then.
            return null;
        } catch (Throwable e) {
            return null;
        }
    }

    /** The bindings, or null where statx cannot be called. */
    static NativeStat get() {
        return INSTANCE;
    }

    /**
     * The stats of {@code path} (absolute, or relative to the process's directory), following a final
     * symlink when {@code follow}.
     *
     * @throws UvException the errno's error, with {@code syscall} and {@code shownPath}
     */
    Stats stat(String path, boolean follow, String syscall, String shownPath) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment b = arena.allocate(STATX_SIZE, 8);
            int errno = statx(arena, path, follow, b);
            if (errno != 0) {
                Errno e = Errno.ofCode(-errno);
                throw new UvException(e == null ? Errno.EIO : e, syscall, shownPath);
            }
            return new Stats(
                    makedev(b.get(JAVA_INT, 136), b.get(JAVA_INT, 140)),
                    Short.toUnsignedInt(b.get(JAVA_SHORT, 28)),
                    Integer.toUnsignedLong(b.get(JAVA_INT, 16)),
                    Integer.toUnsignedLong(b.get(JAVA_INT, 20)),
                    Integer.toUnsignedLong(b.get(JAVA_INT, 24)),
                    makedev(b.get(JAVA_INT, 128), b.get(JAVA_INT, 132)),
                    Integer.toUnsignedLong(b.get(JAVA_INT, 4)),
                    b.get(JAVA_LONG, 32),
                    b.get(JAVA_LONG, 40),
                    b.get(JAVA_LONG, 48),
                    nanos(b, 64),
                    nanos(b, 112),
                    nanos(b, 96),
                    nanos(b, 80));
        } catch (UvException e) {
            throw e;
        } catch (Throwable t) {
            throw new UvException(Errno.EIO, syscall, shownPath);
        }
    }

    /** Whether {@code path} can be stat'ed, following symlinks (existsSync): no Stats, no exception. */
    boolean exists(String path) {
        try (Arena arena = Arena.ofConfined()) {
            return statx(arena, path, true, arena.allocate(STATX_SIZE, 8)) == 0;
        } catch (Throwable t) {
            return false;
        }
    }

    /** One statx call into {@code buf}: 0, or the errno. */
    private int statx(Arena arena, String path, boolean follow, MemorySegment buf) throws Throwable {
        MemorySegment state = arena.allocate(stateLayout);
        int rc = (int) statx.invokeExact(state, AT_FDCWD, arena.allocateFrom(path),
                follow ? 0 : AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS_AND_BTIME, buf);
        return rc == 0 ? 0 : (int) errnoHandle.get(state, 0L);
    }

    /** A statx_timestamp (s64 seconds, u32 nanoseconds) at {@code offset}, in nanoseconds. */
    private static long nanos(MemorySegment b, long offset) {
        return b.get(JAVA_LONG, offset) * 1_000_000_000L + Integer.toUnsignedLong(b.get(JAVA_INT, offset + 8));
    }

    /** glibc's makedev: the device number stat(2) would give for a major and minor. */
    private static long makedev(int major, int minor) {
        long ma = Integer.toUnsignedLong(major);
        long mi = Integer.toUnsignedLong(minor);
        return ((ma & 0xfffff000L) << 32) | ((ma & 0xfffL) << 8) | ((mi & 0xffffff00L) << 12) | (mi & 0xffL);
    }
}
