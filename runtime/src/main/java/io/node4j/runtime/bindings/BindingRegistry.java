package io.node4j.runtime.bindings;

import java.util.LinkedHashMap;
import java.util.Map;

/** The bindings of one instance, behind {@code internalBinding(name)}; an unknown name throws. */
public final class BindingRegistry {
    private final Map<String, Binding> bindings = new LinkedHashMap<>();

    public BindingRegistry add(Binding binding) {
        if (bindings.putIfAbsent(binding.name(), binding) != null) {
            throw new IllegalStateException("binding registered twice: " + binding.name());
        }
        return this;
    }

    public Binding get(String name) {
        Binding b = bindings.get(name);
        if (b == null) {
            throw new IllegalArgumentException("No such binding: " + name);
        }
        return b;
    }
}
