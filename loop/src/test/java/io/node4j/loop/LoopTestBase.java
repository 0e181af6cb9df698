package io.node4j.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/**
 * A fresh loop per test; after each test, libuv style: no handle, request or registration may be left,
 * and the loop must close. A hang fails the test instead of the build.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
public abstract class LoopTestBase {
    protected Loop loop;

    @BeforeEach
    void createLoop() {
        loop = newLoop();
    }

    protected Loop newLoop() {
        return new Loop();
    }

    @AfterEach
    void closeLoopAndCheckLeaks() {
        if (loop.isClosed()) {
            return;
        }
        assertEquals(List.of(), loop.handles(), "leaked handles");
        assertEquals(0, loop.activeRequests(), "leaked requests");
        assertEquals(0, loop.registrationCount(), "leaked channel registrations");
        loop.close();
    }

    /** Closes the handles and runs the loop until their close callbacks have run. */
    protected void closeAll(Handle... handles) {
        for (Handle h : handles) {
            if (!h.isClosing()) {
                h.close(null);
            }
        }
        loop.run(RunMode.DEFAULT);
    }
}
