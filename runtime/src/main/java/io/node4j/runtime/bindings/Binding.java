package io.node4j.runtime.bindings;

/**
 * A Java object that lib/ reaches through {@code internalBinding(name)}: Node's src/*.cc role. Its
 * JS-visible functions are the members marked {@code @HostAccess.Export}, listed together at the top
 * of each class so a module's native surface reads at a glance.
 */
public interface Binding {
    /** The name lib/ asks for, e.g. "process" or "fs". */
    String name();
}
