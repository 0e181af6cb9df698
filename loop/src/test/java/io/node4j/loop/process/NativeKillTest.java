package io.node4j.loop.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** kill(2) through the foreign-function API: available with native access, errno reported. */
class NativeKillTest {

    @Test
    void libcKillIsBoundWhenNativeAccessIsEnabled() {
        assertNotNull(NativeKill.load());
    }

    @Test
    void signalZeroChecksThatAProcessExists() {
        assertEquals(0, NativeKill.load().kill(ProcessHandle.current().pid(), 0));
    }

    @Test
    void aMissingProcessGivesEsrch() {
        assertEquals(3, NativeKill.load().kill(999_999_999L & 0x3fffffff, 0));
    }
}
