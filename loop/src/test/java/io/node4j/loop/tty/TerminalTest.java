package io.node4j.loop.tty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Terminal on a pseudo-terminal of the test's own (posix_openpt): its modes are read back with
 * {@code stty -F DEVICE -a}, which shows the flags the line discipline really has.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TerminalTest {
    private int master = -1;
    private String device;
    private int slave = -1;

    @BeforeEach
    void openPty() throws Throwable {
        Linker linker = Linker.nativeLinker();
        MethodHandle openpt = find(linker, "posix_openpt", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT));
        MethodHandle grantpt = find(linker, "grantpt", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT));
        MethodHandle unlockpt = find(linker, "unlockpt", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT));
        MethodHandle ptsname = find(linker, "ptsname", FunctionDescriptor.of(ValueLayout.ADDRESS,
                ValueLayout.JAVA_INT));
        master = (int) openpt.invokeExact(2 | 0x100); // O_RDWR | O_NOCTTY
        assumeTrue(master >= 0, "no pseudo-terminals here");
        assertEquals(0, (int) grantpt.invokeExact(master));
        assertEquals(0, (int) unlockpt.invokeExact(master));
        MemorySegment name = (MemorySegment) ptsname.invokeExact(master);
        device = name.reinterpret(64).getString(0, StandardCharsets.UTF_8);
        slave = Terminal.open(device);
        assertTrue(slave >= 0, device);
    }

    @AfterEach
    void closePty() {
        Terminal.release(slave);
        Terminal.close(slave);
        Terminal.close(master);
    }

    @SuppressWarnings("restricted")
    private static MethodHandle find(Linker linker, String name, FunctionDescriptor descriptor) {
        return linker.downcallHandle(linker.defaultLookup().find(name).orElseThrow(), descriptor);
    }

    private Set<String> flags() throws Exception {
        Process stty = new ProcessBuilder("stty", "-F", device, "-a").redirectErrorStream(true).start();
        String text = new String(stty.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, stty.waitFor(), text);
        return new java.util.HashSet<>(java.util.Arrays.asList(text.split("[\\s;]+")));
    }

    @Test
    void recognisesTerminals() {
        assertTrue(Terminal.isatty(slave));
        assertTrue(Terminal.isTerminalPath(device));
        assertFalse(Terminal.isTerminalPath("/dev/null"));
        assertFalse(Terminal.isTerminalPath("/no/such/device"));
        int devNull = Terminal.open("/dev/null");
        try {
            assertFalse(Terminal.isatty(devNull));
            assertNull(Terminal.windowSize(devNull));
            assertEquals(-25, Terminal.setMode(devNull, Terminal.MODE_RAW)); // ENOTTY
        } finally {
            Terminal.close(devNull);
        }
    }

    @Test
    void freshPseudoTerminalHasNoSize() {
        assertArrayEquals(new int[] {0, 0}, Terminal.windowSize(slave));
    }

    @Test
    void rawIoAndNormalModesAsLibuvSetsThem() throws Exception {
        Set<String> before = flags();
        assertTrue(before.contains("icanon") && before.contains("echo") && before.contains("opost"), before::toString);

        assertEquals(0, Terminal.setMode(slave, Terminal.MODE_RAW));
        Set<String> raw = flags();
        for (String flag : new String[] {"-icanon", "-echo", "-isig", "-iexten", "-icrnl", "-ixon", "opost", "onlcr", "cs8"}) {
            assertTrue(raw.contains(flag), flag + " in " + raw);
        }

        assertEquals(0, Terminal.setMode(slave, Terminal.MODE_IO));
        Set<String> io = flags();
        assertTrue(io.contains("-opost") && io.contains("-icanon") && io.contains("-echo"), io::toString);

        assertEquals(0, Terminal.setMode(slave, Terminal.MODE_NORMAL));
        assertEquals(before, flags());
    }

    @Test
    void releaseRestoresTheTerminal() throws Exception {
        Set<String> before = flags();
        assertEquals(0, Terminal.setMode(slave, Terminal.MODE_RAW));
        Terminal.release(slave);
        assertEquals(before, flags());
        Terminal.release(slave); // nothing saved any more: a no-op
        assertEquals(before, flags());
    }
}
