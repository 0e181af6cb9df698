package io.node4j.runtime;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;

/**
 * The one polyglot {@link Engine} of the process (V8's isolate group role): every Context of every
 * thread — the main one, each worker, each script of the compatibility runner — is created from it,
 * so code the JIT compiled for one is shared by all.
 */
public final class Engines {
    private Engines() {}

    private static final class Holder {
        static final Engine ENGINE = Engine.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "true")
                .build();
    }

    /** The process's engine, built on first use. */
    public static Engine shared() {
        return Holder.ENGINE;
    }

    /**
     * True when Truffle runs with an optimizing compiler (the Graal JIT), false when it has fallen back
     * to interpreting only (~25× slower), which node4j must never ship.
     */
    public static boolean jitEnabled() {
        return !"Interpreted".equals(shared().getImplementationName());
    }

    /** Only exported binding members, plus the arrays, lists and buffers bindings pass to lib/. */
    private static final HostAccess BINDING_ACCESS = HostAccess.newBuilder(HostAccess.EXPLICIT)
            .allowArrayAccess(true)
            .allowListAccess(true)
            .allowBufferAccess(true)
            .build();

    /**
     * A new Context on the shared engine, with the options lib/ relies on. Host access is explicit:
     * JS sees only the members of binding objects marked {@link HostAccess.Export}, and only lib/
     * is handed those objects.
     */
    public static Context newContext() {
        return Context.newBuilder("js")
                .engine(shared())
                .allowHostAccess(BINDING_ACCESS)
                .option("js.ecmascript-version", "latest")
                .build();
    }
}
