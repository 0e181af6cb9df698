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
        static final Engine ENGINE = Engine.newBuilder("js", "wasm")
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

    /**
     * The language as Node 24 (V8 13.6) has it: ES2025 plus what V8 ships beyond it ('staging' brings
     * Array.fromAsync, Error.isError, JSON.rawJSON and Atomics.pause; lib/internal/per_context/language.js
     * removes the staged proposals V8 does not ship and adds DisposableStack and its kin), V8's stack-trace
     * API (npm packages use Error.captureStackTrace), and none of GraalJS's own globals (print, load,
     * Graal, Polyglot, Java packages), which Node does not have; console and global come from lib/.
     */
    private static final java.util.Map<String, String> CONTEXT_OPTIONS = java.util.Map.ofEntries(
            java.util.Map.entry("js.ecmascript-version", "staging"),
            java.util.Map.entry("js.stack-trace-api", "true"),
            java.util.Map.entry("js.iterator-helpers", "true"),
            java.util.Map.entry("js.regexp-unicode-sets", "true"),
            java.util.Map.entry("js.import-attributes", "true"),
            // Evaluating a module Source yields its namespace: require() of an ES module (esm/).
            java.util.Map.entry("js.esm-eval-returns-exports", "true"),
            java.util.Map.entry("js.atomics-wait-async", "true"),
            // The WebAssembly global, on GraalWasm (the wasm language of the same engine).
            java.util.Map.entry("js.webassembly", "true"),
            // AsyncContext.Variable keeps Node's AsyncContextFrame (AsyncLocalStorage); lib/ takes the
            // global, then deletes it (Node has none).
            java.util.Map.entry("js.async-context", "true"),
            java.util.Map.entry("js.print", "false"),
            java.util.Map.entry("js.load", "false"),
            java.util.Map.entry("js.console", "false"),
            // Graal's builtin carries setUnhandledPromiseRejectionHandler; lib/ takes it, then deletes it.
            java.util.Map.entry("js.graal-builtin", "true"),
            java.util.Map.entry("js.unhandled-rejections", "handler"),
            // Debug.className gives util.types exact brands; lib/ takes it, then deletes Debug.
            java.util.Map.entry("js.debug-builtin", "true"),
            java.util.Map.entry("js.polyglot-builtin", "false"),
            java.util.Map.entry("js.java-package-globals", "false"),
            java.util.Map.entry("js.global-arguments", "false"));

    private static final org.graalvm.polyglot.PolyglotAccess WASM_ACCESS = org.graalvm.polyglot.PolyglotAccess.newBuilder()
            .allowEvalBetween("js", "wasm")
            .allowBindingsAccess("js")
            .allowBindingsAccess("wasm")
            .build();

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
        return newContext(null);
    }

    /** As {@link #newContext()}, with ES modules loaded through {@code modules} (see esm.EsmFileSystem). */
    public static Context newContext(org.graalvm.polyglot.io.FileSystem modules) {
        Context.Builder builder = Context.newBuilder("js", "wasm")
                .engine(shared())
                .allowHostAccess(BINDING_ACCESS)
                .allowExperimentalOptions(true)
                // GraalJS's WebAssembly API evaluates and links wasm through the polyglot layer; JS
                // code cannot reach it (no Polyglot global: js.polyglot-builtin is false).
                .allowPolyglotAccess(WASM_ACCESS)
                .options(CONTEXT_OPTIONS);
        if (modules != null) {
            builder.allowIO(org.graalvm.polyglot.io.IOAccess.newBuilder().fileSystem(modules).build());
        }
        return builder.build();
    }
}
