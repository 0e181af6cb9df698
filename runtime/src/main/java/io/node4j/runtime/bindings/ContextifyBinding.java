package io.node4j.runtime.bindings;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.runtime.VmInternals;
import io.node4j.runtime.VmInternals.VmContext;
import io.node4j.runtime.VmInternals.VmScript;

/**
 * {@code internalBinding('contextify')}: node:vm's contexts, scripts and functions (Node's
 * node_contextify.cc), made by {@link VmInternals}. Contexts and scripts reach lib/ as opaque
 * handles it only hands back.
 */
public final class ContextifyBinding implements Binding {

    @Override
    public String name() {
        return "contextify";
    }

    /**
     * A new context: with {@code traps} (proxy traps) a contextified sandbox's, without (null) a
     * vanilla one (vm.constants.DONT_CONTEXTIFY); {@code ownMicrotasks} for microtaskMode
     * 'afterEvaluate'.
     */
    @Export
    public VmContext makeContext(Value traps, boolean ownMicrotasks) {
        return VmInternals.newContext(traps, ownMicrotasks);
    }

    /** The global object code in the context sees. */
    @Export
    public Object global(VmContext context) {
        return VmInternals.global(context);
    }

    /** The context's own global object (behind a sandbox's proxy): where built-ins live. */
    @Export
    public Object innerGlobal(VmContext context) {
        return VmInternals.innerGlobal(context);
    }

    /**
     * Parses a script: its handle, or [error] when it does not parse. {@code lineOffset} and
     * {@code columnOffset} move its positions in stack traces (see {@link VmInternals#compileScript});
     * {@code importPolicy} is how import() in it loads (lib/internal/vm/imports.js).
     */
    @Export
    public Object compileScript(String code, String filename, int lineOffset, int columnOffset, VmContext parsingContext,
                                int importPolicy) {
        return VmInternals.compileScript(code, filename, lineOffset, columnOffset, parsingContext, importPolicy);
    }

    /**
     * Parses a function body with {@code params} (the parameter list, comma-separated) in {@code parsingContext} (the calling realm when
     * null), its free names resolved through {@code extensions} first: the function, or [error].
     */
    @Export
    public Object compileFunction(String body, String filename, int lineOffset, int columnOffset, String params,
                                  Value extensions, VmContext parsingContext, int importPolicy) {
        return VmInternals.compileFunction(body, filename, lineOffset, columnOffset, params, extensions,
                parsingContext, importPolicy);
    }

    /** The script's program function in {@code context}'s realm (the calling realm's when null). */
    @Export
    public Object bind(VmScript script, VmContext context) {
        return VmInternals.bind(script, context);
    }

    /** [file, line, column, sourceLine] of the throw that ended the last run, or null (read once). */
    @Export
    public Object takeThrowSite() {
        return VmInternals.takeThrowSite();
    }

    /** The function lib/ runs scripts with (timeouts, SIGINT, microtasks): see {@link VmInternals#runFunction}. */
    @Export
    public Object runFunction() {
        return VmInternals.runFunction();
    }
}
