package io.node4j.runtime.esm;

import org.graalvm.polyglot.Value;

/** The door from the bindings package to an instance's {@link EsmFileSystem}. */
public final class EsmHooks {
    private final EsmFileSystem fileSystem;

    public EsmHooks(EsmFileSystem fileSystem) {
        this.fileSystem = fileSystem;
    }

    public void install(Value resolve, Value load) {
        fileSystem.install(resolve, load);
    }
}
