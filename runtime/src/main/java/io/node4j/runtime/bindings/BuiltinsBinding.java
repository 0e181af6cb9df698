package io.node4j.runtime.bindings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('builtins')}: compiles lib/'s own modules (resources under {@code /node4j/lib})
 * and user code. Sources of lib/ are cached process-wide, so every Context of the shared engine reuses
 * their parsed and compiled code.
 */
public final class BuiltinsBinding implements Binding {
    /** The parameters every lib/ module receives. */
    private static final String BUILTIN_WRAPPER_HEAD =
            "(function (exports, require, module, internalBinding, primordials) {";
    /** Node's CommonJS wrapper: line numbers in user files are unchanged by it. */
    private static final String MODULE_WRAPPER_HEAD =
            "(function (exports, require, module, __filename, __dirname) {";
    private static final String WRAPPER_TAIL = "\n})";

    /** How many characters of this first line are node4j's CommonJS wrapper (0 if none). */
    public static int moduleWrapperHeadLength(String firstLine) {
        return firstLine.startsWith(MODULE_WRAPPER_HEAD) ? MODULE_WRAPPER_HEAD.length() : 0;
    }

    private static final ConcurrentHashMap<String, Source> LIB_SOURCES = new ConcurrentHashMap<>();

    private final Context context;

    public BuiltinsBinding(Context context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "builtins";
    }

    /** Characters the CommonJS wrapper adds before line 1 of a module (for column corrections). */
    @Export public final int moduleWrapperHeadLength = MODULE_WRAPPER_HEAD.length();

    /** True if lib/ has a module with this id (e.g. "fs", "internal/errors"). */
    @Export
    public boolean has(String id) {
        return LIB_SOURCES.containsKey(id) || BuiltinsBinding.class.getResource(libPath(id)) != null;
    }

    /** The text of lib/ module {@code id} as written (process.binding('natives')), or null. */
    @Export
    public String source(String id) {
        try (InputStream in = BuiltinsBinding.class.getResourceAsStream(libPath(id))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** The wrapper function of lib/ module {@code id}, ready to be called with its five parameters. */
    @Export
    public Value compileBuiltin(String id) {
        Source source = LIB_SOURCES.computeIfAbsent(id, BuiltinsBinding::loadLibSource);
        return context.eval(source);
    }

    /**
     * A user CommonJS module's wrapper function; stack traces name it {@code name}: its path, or its
     * file: URL for a TypeScript file (Node names the text it stripped by URL).
     */
    @Export
    public Object compileModule(String code, String filename, String name) {
        // The wrapper is the parser's prolog, so columns on line 1 are the file's own; built on the
        // file's path, so import() in it resolves against the module (esm.EsmFileSystem).
        String path = filename.startsWith("/") ? filename : null;
        Object wrapper = io.node4j.runtime.EngineInternals.compileWrapped(code, name, path,
                MODULE_WRAPPER_HEAD, WRAPPER_TAIL);
        if (wrapper != null) {
            return wrapper;
        }
        // It does not parse: evaluated with the wrapper in its text, the engine throws the SyntaxError
        // into JS (catchable: lib/ then tries the file as an ES module) with the site in the file.
        Source.Builder builder = path != null
                ? Source.newBuilder("js", new java.io.File(path)).name(name)
                        .content(MODULE_WRAPPER_HEAD + code + WRAPPER_TAIL)
                : Source.newBuilder("js", MODULE_WRAPPER_HEAD + code + WRAPPER_TAIL, name);
        return context.eval(builder.buildLiteral());
    }

    /** Evaluates a script (for -e/-p) in the global scope, as Node's [eval] does. */
    @Export
    public Value evalScript(String code, String name) {
        return context.eval(Source.newBuilder("js", code, name).buildLiteral());
    }

    private static Source loadLibSource(String id) {
        try (InputStream in = BuiltinsBinding.class.getResourceAsStream(libPath(id))) {
            if (in == null) {
                throw new IllegalArgumentException("No such built-in module: " + id);
            }
            String code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Source.newBuilder("js", BUILTIN_WRAPPER_HEAD + code + WRAPPER_TAIL, "node:" + id)
                    .buildLiteral();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String libPath(String id) {
        return "/node4j/lib/" + id + ".js";
    }
}
