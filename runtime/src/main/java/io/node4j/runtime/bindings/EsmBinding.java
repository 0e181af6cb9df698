package io.node4j.runtime.bindings;

import java.io.File;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import io.node4j.runtime.esm.EsmHooks;

/**
 * {@code internalBinding('esm')}: lib/'s ES module loader hands the engine's module loader (through
 * {@link io.node4j.runtime.esm.EsmFileSystem}) its resolve and load functions.
 */
public final class EsmBinding implements Binding {
    private final Context context;
    private final EsmHooks hooks;

    public EsmBinding(Context context, EsmHooks hooks) {
        this.context = context;
        this.hooks = hooks;
    }

    @Override
    public String name() {
        return "esm";
    }

    /**
     * {@code resolve(specifier, referrer) → path}; {@code load(path) → text or null};
     * {@code meta(importMeta, url)} fills a module's import.meta when the engine creates it;
     * {@code resolveVm(specifier, policy, filename, attributes) → path} for import() in code node:vm
     * compiled. Stack traces are written as V8 writes them from now on.
     */
    @Export
    public void install(Value resolve, Value load, Value meta, Value resolveVm) {
        hooks.install(resolve, load, resolveVm);
        io.node4j.runtime.EngineInternals.installImportMetaHook(meta);
        io.node4j.runtime.EngineInternals.installStackTraceCallback();
    }

    /**
     * Node 24's syntax detection for a .js file no "type" claims: true when {@code code} fails to
     * compile as a CommonJS module body but parses as an ES module (import/export, import.meta,
     * top-level await). Parsing only: nothing is evaluated or loaded.
     */
    @Export
    public boolean parsesOnlyAsModule(String code, String path) {
        try {
            context.parse(Source.newBuilder("js", "(function (exports, require, module, __filename, __dirname) {"
                    + code + "\n})", path).cached(false).buildLiteral());
            return false;
        } catch (org.graalvm.polyglot.PolyglotException e) {
            if (!e.isSyntaxError()) {
                throw e;
            }
        }
        try {
            context.parse(Source.newBuilder("js", code, path).mimeType("application/javascript+module")
                    .cached(false).buildLiteral());
            return true;
        } catch (org.graalvm.polyglot.PolyglotException e) {
            if (!e.isSyntaxError()) {
                throw e;
            }
            return false;
        }
    }

    /**
     * require() of an ES module: links and evaluates the module at {@code path} (text from lib/'s
     * load) now, on this stack, and returns its namespace (js.esm-eval-returns-exports). A graph
     * with top-level await returns with its evaluation still pending; lib/ tells by a marker the
     * module's last line sets.
     */
    @Export
    public Value evaluate(String path, String text) {
        Source source = Source.newBuilder("js", new File(path)).content(text)
                .mimeType("application/javascript+module").cached(false).buildLiteral();
        return context.eval(source);
    }

    /**
     * For a namespace {@link #evaluate} returned: [the value its graph's evaluation threw, the
     * promise the engine rejected with it], or null when it did not throw.
     */
    @Export
    public Object[] evaluationFailure(Value namespace) {
        return io.node4j.runtime.EngineInternals.moduleEvaluationFailure(namespace);
    }
}
