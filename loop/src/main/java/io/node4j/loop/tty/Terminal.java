package io.node4j.loop.tty;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.HashMap;
import java.util.Map;

/**
 * Terminals, as libuv's uv_tty_* and uv_guess_handle see them: isatty, the window size (ioctl
 * TIOCGWINSZ) and the modes (tcgetattr/tcsetattr), through the foreign-function API since the JDK has
 * none of them. Everything degrades to "not a terminal" where the native calls are unavailable.
 *
 * <p>Raw mode: the first change of a terminal's mode saves its settings; normal mode restores them,
 * and so does the end of the JVM (a shutdown hook), as Node resets the terminal at exit, so a program
 * that dies in raw mode does not leave the user's shell without echo.
 */
public final class Terminal {
    private static final long TIOCGWINSZ = 0x5413;
    /** sizeof(struct termios) on Linux (glibc, x86-64 and aarch64): 60; room to spare. */
    private static final int TERMIOS_SIZE = 64;
    private static final int TCSADRAIN = 1;
    private static final int O_RDWR = 2;
    private static final int O_NOCTTY = 0x100;
    private static final int O_NONBLOCK = 0x800;

    // struct termios: tcflag_t c_iflag, c_oflag, c_cflag, c_lflag (4 bytes each), cc_t c_line, c_cc[32].
    private static final long C_IFLAG = 0;
    private static final long C_OFLAG = 4;
    private static final long C_CFLAG = 8;
    private static final long C_LFLAG = 12;
    private static final long C_CC = 17;
    private static final int VTIME = 5;
    private static final int VMIN = 6;
    private static final int IGNBRK = 0x1;
    private static final int BRKINT = 0x2;
    private static final int PARMRK = 0x8;
    private static final int INPCK = 0x10;
    private static final int ISTRIP = 0x20;
    private static final int INLCR = 0x40;
    private static final int IGNCR = 0x80;
    private static final int ICRNL = 0x100;
    private static final int IXON = 0x400;
    private static final int OPOST = 0x1;
    private static final int ONLCR = 0x4;
    private static final int CSIZE = 0x30;
    private static final int CS8 = 0x30;
    private static final int PARENB = 0x100;
    private static final int ISIG = 0x1;
    private static final int ICANON = 0x2;
    private static final int ECHO = 0x8;
    private static final int ECHONL = 0x40;
    private static final int IEXTEN = 0x8000;

    /** Terminal modes, numbered as libuv's uv_tty_mode_t. */
    public static final int MODE_NORMAL = 0;
    public static final int MODE_RAW = 1;
    public static final int MODE_IO = 2;

    private static final Linker LINKER = nativeLinker();
    private static final MethodHandle ISATTY = find("isatty", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT));
    private static final MethodHandle IOCTL = find("ioctl", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle TCGETATTR = find("tcgetattr", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle TCSETATTR = find("tcsetattr", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle OPEN = find("open", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.JAVA_INT), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle CLOSE = find("close", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT));

    /** Saved settings of each terminal whose mode node4j changed, by native fd; guarded by itself. */
    private static final Map<Integer, byte[]> ORIGINAL = new HashMap<>();
    private static boolean resetHookInstalled;

    private Terminal() {}

    /** Whether native fd {@code fd} is a terminal. */
    public static boolean isatty(int fd) {
        if (ISATTY == null) {
            return false;
        }
        try {
            return (int) ISATTY.invokeExact(fd) == 1;
        } catch (Throwable t) {
            return false;
        }
    }

    /** Whether the file at {@code path} (a device such as /dev/tty or /dev/pts/3) is a terminal. */
    public static boolean isTerminalPath(String path) {
        int fd = open(path);
        if (fd < 0) {
            return false;
        }
        try {
            return isatty(fd);
        } finally {
            close(fd);
        }
    }

    /** Opens a terminal device for its settings (read-write, never as controlling terminal); -1 if not. */
    public static int open(String path) {
        if (OPEN == null || path == null) {
            return -1;
        }
        try (Arena arena = Arena.ofConfined()) {
            return (int) OPEN.invokeExact(arena.allocateFrom(path), O_RDWR | O_NOCTTY | O_NONBLOCK);
        } catch (Throwable t) {
            return -1;
        }
    }

    public static void close(int fd) {
        if (CLOSE != null && fd >= 0) {
            try {
                int ignored = (int) CLOSE.invokeExact(fd);
            } catch (Throwable t) {
                // nothing to do: the fd is gone either way
            }
        }
    }

    /** The terminal's [columns, rows], or null when fd is not a terminal. */
    public static int[] windowSize(int fd) {
        if (IOCTL == null) {
            return null;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment size = arena.allocate(8);
            if ((int) IOCTL.invokeExact(fd, TIOCGWINSZ, size) != 0) {
                return null;
            }
            int rows = Short.toUnsignedInt(size.get(ValueLayout.JAVA_SHORT, 0));
            int cols = Short.toUnsignedInt(size.get(ValueLayout.JAVA_SHORT, 2));
            return new int[] {cols, rows};
        } catch (Throwable t) {
            return null;
        }
    }

    /**
     * Sets a terminal's mode as uv_tty_set_mode does: {@link #MODE_RAW} (input byte by byte, no echo,
     * no signals from ^C, no CR to NL; output still turns NL into CR NL), {@link #MODE_IO} (raw both
     * ways, as cfmakeraw) or {@link #MODE_NORMAL} (the settings the terminal had before node4j first
     * changed it). Returns 0, or a negative errno when the terminal refuses (EINVAL where the native
     * calls are missing).
     */
    public static int setMode(int fd, int mode) {
        if (TCGETATTR == null || TCSETATTR == null) {
            return -22;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment termios = arena.allocate(TERMIOS_SIZE);
            byte[] original;
            synchronized (ORIGINAL) {
                original = ORIGINAL.get(fd);
                if (original == null) {
                    if ((int) TCGETATTR.invokeExact(fd, termios) != 0) {
                        return -25; // ENOTTY
                    }
                    original = termios.toArray(ValueLayout.JAVA_BYTE);
                    ORIGINAL.put(fd, original);
                    installResetHook();
                }
            }
            MemorySegment.copy(original, 0, termios, ValueLayout.JAVA_BYTE, 0, original.length);
            if (mode == MODE_RAW) {
                and(termios, C_IFLAG, ~(BRKINT | ICRNL | INPCK | ISTRIP | IXON));
                or(termios, C_OFLAG, ONLCR);
                or(termios, C_CFLAG, CS8);
                and(termios, C_LFLAG, ~(ECHO | ICANON | IEXTEN | ISIG));
            } else if (mode == MODE_IO) {
                and(termios, C_IFLAG, ~(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON));
                and(termios, C_OFLAG, ~OPOST);
                and(termios, C_CFLAG, ~(CSIZE | PARENB));
                or(termios, C_CFLAG, CS8);
                and(termios, C_LFLAG, ~(ECHO | ECHONL | ICANON | ISIG | IEXTEN));
            }
            if (mode != MODE_NORMAL) {
                termios.set(ValueLayout.JAVA_BYTE, C_CC + VMIN, (byte) 1);
                termios.set(ValueLayout.JAVA_BYTE, C_CC + VTIME, (byte) 0);
            }
            return (int) TCSETATTR.invokeExact(fd, TCSADRAIN, termios) == 0 ? 0 : -5; // EIO
        } catch (Throwable t) {
            return -5;
        }
    }

    private static void and(MemorySegment termios, long offset, int mask) {
        termios.set(ValueLayout.JAVA_INT, offset, termios.get(ValueLayout.JAVA_INT, offset) & mask);
    }

    private static void or(MemorySegment termios, long offset, int bits) {
        termios.set(ValueLayout.JAVA_INT, offset, termios.get(ValueLayout.JAVA_INT, offset) | bits);
    }

    /**
     * Puts the terminal behind fd back in the mode it had (if its mode was changed) and forgets it,
     * before fd is closed: the exit reset must not reach whatever reuses the number.
     */
    public static void release(int fd) {
        synchronized (ORIGINAL) {
            if (ORIGINAL.containsKey(fd)) {
                setMode(fd, MODE_NORMAL);
                ORIGINAL.remove(fd);
            }
        }
    }

    /** Puts back every terminal node4j changed, as uv_tty_reset_mode does at exit. */
    public static void resetAll() {
        synchronized (ORIGINAL) {
            for (Map.Entry<Integer, byte[]> e : ORIGINAL.entrySet()) {
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment termios = arena.allocateFrom(ValueLayout.JAVA_BYTE, e.getValue());
                    int ignored = (int) TCSETATTR.invokeExact((int) e.getKey(), TCSADRAIN, termios);
                } catch (Throwable t) {
                    // the terminal is gone: nothing to restore
                }
            }
        }
    }

    private static void installResetHook() {
        if (!resetHookInstalled) {
            resetHookInstalled = true;
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("node4j-tty-reset").unstarted(
                    Terminal::resetAll));
        }
    }

    private static Linker nativeLinker() {
        try {
            return Linker.nativeLinker();
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    @SuppressWarnings("restricted") // the launcher enables native access for node4j
    private static MethodHandle find(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        if (LINKER == null) {
            return null;
        }
        try {
            return LINKER.defaultLookup().find(name)
                    .map(address -> LINKER.downcallHandle(address, descriptor, options))
                    .orElse(null);
        } catch (IllegalCallerException | UnsupportedOperationException e) {
            return null;
        }
    }
}
