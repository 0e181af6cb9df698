package io.node4j.runtime.bindings;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.runtime.esm.EsmHooks;

/**
 * {@code internalBinding('esm')}: lib/'s ES module loader hands the engine's module loader (through
 * {@link io.node4j.runtime.esm.EsmFileSystem}) its resolve and load functions.
 */
public final class EsmBinding implements Binding {
    private final EsmHooks hooks;

    public EsmBinding(EsmHooks hooks) {
        this.hooks = hooks;
    }

    @Override
    public String name() {
        return "esm";
    }

    /** {@code resolve(specifier, referrer) → path}; {@code load(path) → text or null}. */
    @Export
    public void install(Value resolve, Value load) {
        hooks.install(resolve, load);
    }
}
