package io.node4j.runtime.bindings;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.graalvm.polyglot.HostAccess.Export;

/**
 * An environment shared by threads (worker_threads' SHARE_ENV): the process.env of the thread that
 * started such a worker and of the worker itself read and write this map from then on.
 * A concurrent map, so each variable is read and written atomically, as with the C environment.
 */
public final class SharedEnv {
    private final Map<String, String> vars = new ConcurrentHashMap<>();

    @Export
    public String get(String key) {
        return vars.get(key);
    }

    @Export
    public void set(String key, String value) {
        vars.put(key, value);
    }

    @Export
    public boolean delete(String key) {
        return vars.remove(key) != null;
    }

    @Export
    public boolean has(String key) {
        return vars.containsKey(key);
    }

    @Export
    public String[] keys() {
        return vars.keySet().toArray(new String[0]);
    }
}
