package io.node4j.runtime.bindings;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('util')}: what JS cannot ask the engine itself. Only what the polyglot API
 * can answer exactly is here; inspect.js also probes for getPromiseDetails, getProxyDetails and
 * previewEntries, which GraalJS does not expose to an embedder (docs/compat.md).
 */
public final class UtilBinding implements Binding {

    @Override
    public String name() {
        return "util";
    }

    /**
     * True for a JS Proxy, revoked ones included. The engine's meta object of a proxy is named
     * "Proxy" and cannot be instantiated; a user class named Proxy can be (measured).
     */
    @Export
    public boolean isProxy(Value value) {
        if (value == null || value.isNull()) {
            return false;
        }
        Value meta = value.getMetaObject();
        return meta != null && "Proxy".equals(meta.getMetaSimpleName()) && !meta.canInstantiate();
    }
}
