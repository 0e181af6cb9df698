package io.node4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/** The engine must run with the Graal JIT: interpreter-only mode is ~25× slower and never shipped. */
class EngineJitTest {

    @Test
    void engineIsNotInFallbackInterpreterMode() {
        // The fallback runtime names itself "Interpreted"; the optimizing one names the compiler.
        assertNotEquals("Interpreted", Engines.shared().getImplementationName());
        assertTrue(Engines.jitEnabled());
    }

    @Test
    void contextsShareTheOneEngine() {
        try (Context a = Engines.newContext(); Context b = Engines.newContext()) {
            assertEquals(a.getEngine(), b.getEngine());
            assertEquals(Engines.shared(), a.getEngine());
        }
    }
}
