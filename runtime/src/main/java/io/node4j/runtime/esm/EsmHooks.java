package io.node4j.runtime.esm;

import org.graalvm.polyglot.Value;

/** The door from the bindings package to an instance's {@link EsmFileSystem}. */
public final class EsmHooks {
    private final EsmFileSystem fileSystem;

    public EsmHooks(EsmFileSystem fileSystem) {
        this.fileSystem = fileSystem;
    }

    public void install(Value resolve, Value load, Value resolveVm) {
        fileSystem.install(resolve, load, resolveVm);
    }

    /** Makes {@code child} (a vm context's realm) load modules through {@code main}'s loader. */
    public static void shareLoader(com.oracle.truffle.js.runtime.JSRealm main, com.oracle.truffle.js.runtime.JSRealm child) {
        ModuleRequests.share(main, child);
    }
}
