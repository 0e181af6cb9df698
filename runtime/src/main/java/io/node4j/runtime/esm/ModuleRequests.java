package io.node4j.runtime.esm;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Map;

import com.oracle.js.parser.ir.Module.ModuleRequest;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.Strings;
import com.oracle.truffle.js.runtime.objects.AbstractModuleRecord;
import com.oracle.truffle.js.runtime.objects.DefaultESModuleLoader;
import com.oracle.truffle.js.runtime.objects.JSModuleLoader;
import com.oracle.truffle.js.runtime.objects.ScriptOrModule;

/**
 * The engine's module loader, with each import request resolved by lib/ first: the specifier as
 * written, the importing module and the import attributes go to {@code resolve}, and the engine
 * then loads the path it answered (through {@link EsmFileSystem}, which takes that path as final).
 * Through the file system alone lib/ saw relative specifiers already joined to the importer's path,
 * an importer only as the module the engine last parsed, no attributes, and data: URLs never (the
 * engine reads those itself, and refuses ones java.net.URI cannot parse, such as any with a space).
 */
final class ModuleRequests extends DefaultESModuleLoader {
    private static final VarHandle REALM_LOADER;

    static {
        try {
            REALM_LOADER = MethodHandles.privateLookupIn(JSRealm.class, MethodHandles.lookup())
                    .findVarHandle(JSRealm.class, "moduleLoader", JSModuleLoader.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final EsmFileSystem fileSystem;

    private ModuleRequests(JSRealm realm, EsmFileSystem fileSystem) {
        super(realm);
        this.fileSystem = fileSystem;
    }

    /** Makes this the loader of the calling Context's realm; call before any module is loaded. */
    static void install(EsmFileSystem fileSystem) {
        JSRealm realm = JSRealm.get(null);
        REALM_LOADER.set(realm, new ModuleRequests(realm, fileSystem));
    }

    /**
     * Gives {@code child} (a vm context's realm) the loader of {@code main}: import() in the context
     * gets the program's module instances, evaluated in the main realm (Node's main context loader).
     */
    static void share(JSRealm main, JSRealm child) {
        if (REALM_LOADER.get(main) instanceof ModuleRequests loader) {
            REALM_LOADER.set(child, loader);
        }
    }

    @Override
    public AbstractModuleRecord resolveImportedModule(ScriptOrModule referrer, ModuleRequest request) {
        String specifier = Strings.toJavaString(request.specifier());
        Source source = referrer == null ? null : referrer.getSource();
        String from = source == null || source.getPath() == null ? null : source.getPath();
        StringBuilder attributes = new StringBuilder();
        for (Map.Entry<TruffleString, TruffleString> entry : request.attributes().entrySet()) {
            attributes.append(Strings.toJavaString(entry.getKey())).append('\0')
                    .append(Strings.toJavaString(entry.getValue())).append('\0');
        }
        // import() in code vm compiled follows its importModuleDynamically option.
        Integer policy = io.node4j.runtime.VmInternals.importPolicy(source);
        String resolved = policy == null ? fileSystem.resolveRequest(specifier, from, attributes.toString())
                : fileSystem.resolveVmRequest(specifier, policy, source.getName(), attributes.toString());
        // A module standing for lib/'s error (a bad attribute among them) is loaded without the
        // attributes, so that its error is what the importer gets, not the engine's own type check.
        boolean failed = resolved.startsWith(EsmFileSystem.VIRTUAL_ROOT + "error/");
        ModuleRequest absolute = ModuleRequest.create(Strings.fromJavaString(resolved),
                failed ? Map.of() : request.attributes(), request.phase());
        return fileSystem.withFinalPath(resolved, () -> super.resolveImportedModule(referrer, absolute));
    }
}
