package io.node4j.loop.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The calls on this process itself. Only those that change nothing lasting are made here: the JVM
 * running the tests must keep its ids (execve is covered by the compatibility suite, in a child).
 */
class OwnProcessTest {

    @Test
    void nativeCallsAreBoundWhenNativeAccessIsEnabled() {
        assertTrue(OwnProcess.available());
    }

    @Test
    void umaskReturnsThePreviousMask() {
        int original = OwnProcess.currentUmask();
        try {
            assertEquals(original, OwnProcess.umask(0027));
            assertEquals(0027, OwnProcess.umask(0077));
            assertEquals(0077, OwnProcess.currentUmask());
        } finally {
            OwnProcess.umask(original);
        }
    }

    @Test
    void settingTheIdsAlreadyHeldSucceeds() throws Exception {
        long[] ids = ids();
        assertEquals(0, OwnProcess.setgid((int) ids[2]));
        assertEquals(0, OwnProcess.setegid((int) ids[3]));
        assertEquals(0, OwnProcess.setuid((int) ids[0]));
        assertEquals(0, OwnProcess.seteuid((int) ids[1]));
    }

    @Test
    void namesResolveThroughTheSystemDatabases() {
        assertEquals(0, OwnProcess.userId("root"));
        assertEquals(0, OwnProcess.userGroupId("root"));
        assertEquals(0, OwnProcess.groupId("root"));
        assertEquals("root", OwnProcess.userName(0));
    }

    @Test
    void unknownNamesGiveMinusOne() {
        assertEquals(-1, OwnProcess.userId("no-such-user-node4j"));
        assertEquals(-1, OwnProcess.groupId("no-such-group-node4j"));
        assertEquals(-1, OwnProcess.userId("nul\0byte"));
        assertNull(OwnProcess.userName(0x7ffffff0L));
    }

    @Test
    void execveOfAMissingFileReportsEnoentAndReturns() {
        assertEquals(-2, OwnProcess.execve("/no/such/program", List.of("x"), List.of()));
    }

    /** [uid, euid, gid, egid] as /proc/self/status lists them. */
    private static long[] ids() throws Exception {
        long[] ids = new long[4];
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            String[] f = line.split("\\s+");
            if (line.startsWith("Uid:")) {
                ids[0] = Long.parseLong(f[1]);
                ids[1] = Long.parseLong(f[2]);
            } else if (line.startsWith("Gid:")) {
                ids[2] = Long.parseLong(f[1]);
                ids[3] = Long.parseLong(f[2]);
            }
        }
        return ids;
    }
}
