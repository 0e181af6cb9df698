package io.node4j.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

import org.graalvm.polyglot.Value;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.js.lang.JavaScriptLanguage;

import com.oracle.truffle.js.runtime.GraalJSException.JSStackTraceElement;
import com.oracle.truffle.js.runtime.JSAgent;
import com.oracle.truffle.js.runtime.JSAgentWaiterList;
import com.oracle.truffle.js.runtime.JSContext;
import com.oracle.truffle.js.runtime.PromiseRejectionTracker;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.JSRuntime;
import com.oracle.truffle.js.runtime.Strings;
import com.oracle.truffle.js.runtime.builtins.JSError;
import com.oracle.truffle.js.runtime.builtins.JSArrayBuffer;
import com.oracle.truffle.js.runtime.builtins.JSCollectionIteratorObject;
import com.oracle.truffle.js.runtime.builtins.JSMapIteratorObject;
import com.oracle.truffle.js.runtime.builtins.JSArrayBufferObject;
import com.oracle.truffle.js.runtime.builtins.JSPromiseObject;
import com.oracle.truffle.js.runtime.builtins.JSProxyObject;
import com.oracle.truffle.js.runtime.builtins.JSSharedArrayBuffer;
import com.oracle.truffle.js.runtime.objects.JSDynamicObject;
import com.oracle.truffle.js.runtime.objects.JSObject;
import com.oracle.truffle.js.runtime.objects.JSObjectUtil;
import com.oracle.truffle.js.runtime.objects.Undefined;
import com.oracle.truffle.js.runtime.util.JSHashMap;

/**
 * The only class that reaches into GraalJS's internals (graal-nodejs, GraalJS's own Node.js, does
 * the same through the same packages, which the engine exports to it). The polyglot API cannot:
 * <ul>
 * <li>make a {@code SharedArrayBuffer} in one Context over the memory of one made in another (a host
 *     {@code ByteBuffer} only yields an {@code ArrayBuffer}, whose Atomics are not atomic and which
 *     {@code Atomics.wait} refuses) — here the receiving Context gets a real SharedArrayBuffer over the
 *     same direct buffer, length cell and waiter list, so {@code instanceof}, Atomics and
 *     wait/notify work across threads;
 * <li>hand an ArrayBuffer's bytes to another Context without copying them element by element — here
 *     a heap ArrayBuffer's {@code byte[]} is copied (or, for a transfer, taken) in one step and the
 *     receiving Context wraps the array as a new ArrayBuffer;
 * <li>wake a Context's loop when another thread resolves its {@code Atomics.waitAsync} promise — here
 *     each Context's agent is one whose {@code wake()} posts to the loop;
 * <li>fill a module's {@code import.meta} when the engine creates it (the polyglot API offers only
 *     the engine's own {@code url}), and name ES-module frames in stack traces by their file: URL, as
 *     V8 does for Node (the engine names them by path).
 * </ul>
 * Methods that make JS objects run inside a host call from JS (the Context is entered on this
 * thread), which is how bindings call them. The JVM options that open these packages are in
 * runtime/pom.xml ({@code node4j.jvmArgs}).
 */
public final class EngineInternals {
    private EngineInternals() {}

    private static final VarHandle RECEIVER;
    /** A stack trace element's fields, in its constructor's order (all private in GraalJS). */
    private static final String[] ELEMENT_FIELDS = {"fileName", "functionName", "sourceSection", "thisObj",
        "functionObj", "targetSourceSection", "strict", "eval", "global", "inNashornMode", "async", "hasPath",
        "promiseIndex"};
    private static final VarHandle[] ELEMENT_FIELD;
    private static final MethodHandle NEW_ELEMENT;

    static {
        try {
            Class<?> abstractValue = Class.forName("org.graalvm.polyglot.AbstractValue");
            RECEIVER = MethodHandles.privateLookupIn(abstractValue, MethodHandles.lookup())
                    .findVarHandle(abstractValue, "receiver", Object.class);
            MethodHandles.Lookup elements = MethodHandles.privateLookupIn(JSStackTraceElement.class,
                    MethodHandles.lookup());
            ELEMENT_FIELD = new VarHandle[ELEMENT_FIELDS.length];
            Class<?>[] types = new Class<?>[ELEMENT_FIELDS.length];
            for (int i = 0; i < ELEMENT_FIELDS.length; i++) {
                types[i] = JSStackTraceElement.class.getDeclaredField(ELEMENT_FIELDS[i]).getType();
                ELEMENT_FIELD[i] = elements.findVarHandle(JSStackTraceElement.class, ELEMENT_FIELDS[i], types[i]);
            }
            NEW_ELEMENT = elements.findConstructor(JSStackTraceElement.class, MethodType.methodType(void.class, types))
                    .asSpreader(Object[].class, types.length);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The memory of a SharedArrayBuffer, as any thread may hold it: buffer, length, waiters. */
    public record SharedMemory(ByteBuffer buffer, AtomicInteger byteLength, int maxByteLength, Object waiters) {}

    private static Object guest(Value value) {
        return RECEIVER.get(value);
    }

    /**
     * V8's promise introspection for util.inspect: [state, result] (state 0 pending, 1 fulfilled,
     * 2 rejected; the result is the engine's own value, handed back to JS as is), or null.
     */
    public static Object[] promiseDetails(Value value) {
        if (guest(value) instanceof JSPromiseObject promise) {
            int state = promise.getPromiseState();
            return new Object[] {state, state == 0 ? null : promise.getPromiseResult()};
        }
        return null;
    }

    /**
     * Why an evaluated module graph failed: [the value thrown, the promise its evaluation rejected]
     * for a module namespace whose module's evaluation threw (the engine reports such a failure only
     * through that promise), or null.
     */
    public static Object[] moduleEvaluationFailure(Value namespace) {
        if (guest(namespace) instanceof com.oracle.truffle.js.runtime.builtins.JSModuleNamespaceObject ns
                && ns.getModule() instanceof com.oracle.truffle.js.runtime.objects.CyclicModuleRecord record
                && record.getEvaluationError() instanceof com.oracle.truffle.js.runtime.GraalJSException error) {
            com.oracle.truffle.js.runtime.objects.CyclicModuleRecord root = record.getCycleRoot();
            var capability = (root == null ? record : root).getTopLevelCapability();
            return new Object[] {error.getErrorObject(), capability == null ? null : capability.getPromise()};
        }
        return null;
    }

    /** A proxy's [target, handler] (null for a revoked proxy's), or null when it is not a proxy. */
    public static Object[] proxyDetails(Value value) {
        if (guest(value) instanceof JSProxyObject proxy) {
            return new Object[] {proxy.getProxyTarget(), proxy.getProxyHandler()};
        }
        return null;
    }

    /**
     * V8's previewEntries for util.inspect: what a Map or Set iterator has still to give, without
     * moving it: {entries, isKeyValue} with entries flat ([k, v, k, v…] when isKeyValue); null for
     * anything else. The values are the engine's own, handed back to JS as they are.
     */
    public static Object[] previewEntries(Value value, boolean isIterator) {
        Object raw = guest(value);
        if (isIterator && raw instanceof JSCollectionIteratorObject iterator) {
            java.util.List<Object> entries = new java.util.ArrayList<>();
            int kind = iterator.getIterationKind();
            boolean isMap = raw instanceof JSMapIteratorObject;
            // A Set's entries() gives [value, value] pairs.
            boolean pairs = kind == JSRuntime.ITERATION_KIND_KEY_PLUS_VALUE;
            JSHashMap.Cursor next = iterator.getNextIndex();
            if (next != null && !(iterator.getIteratedObject() instanceof com.oracle.truffle.js.runtime.objects.Undefined)) {
                JSHashMap.Cursor cursor = next.copy();
                while (cursor.advance()) {
                    if (!isMap) {
                        entries.add(cursor.getKey());
                        if (pairs) {
                            entries.add(cursor.getKey());
                        }
                        continue;
                    }
                    if (kind != JSRuntime.ITERATION_KIND_VALUE) {
                        entries.add(cursor.getKey());
                    }
                    if (kind != JSRuntime.ITERATION_KIND_KEY) {
                        entries.add(cursor.getValue());
                    }
                }
            }
            return new Object[] {entries.toArray(), pairs};
        }
        // GraalJS keeps a WeakMap's entries on its keys (an inverted map): its contents cannot be
        // listed, so weak collections stay '<items unknown>' even with showHidden.
        return null;
    }

    /** Whether {@code value} is a SharedArrayBuffer. */
    public static boolean isSharedArrayBuffer(Value value) {
        return guest(value) instanceof JSArrayBufferObject.Shared;
    }

    /** The shared memory behind a SharedArrayBuffer. */
    public static SharedMemory sharedMemory(Value sharedArrayBuffer) {
        JSArrayBufferObject.Shared shared = (JSArrayBufferObject.Shared) guest(sharedArrayBuffer);
        return new SharedMemory(shared.getByteBuffer(), shared.getByteLengthObject(), shared.getMaxByteLength(),
                shared.getWaiterList());
    }

    /** A SharedArrayBuffer of the calling Context over {@code memory}. */
    public static Object openSharedMemory(SharedMemory memory) {
        JSRealm realm = JSRealm.get(null);
        JSArrayBufferObject sab = JSSharedArrayBuffer.createSharedArrayBuffer(realm.getContext(), realm,
                memory.buffer(), memory.byteLength(), memory.maxByteLength());
        JSSharedArrayBuffer.setWaiterList(sab, (JSAgentWaiterList) memory.waiters());
        return sab;
    }

    /**
     * The bytes of an ArrayBuffer: a copy, or with {@code take} the array itself when the buffer is
     * about to be detached (a transfer), so no byte is copied.
     */
    public static byte[] arrayBufferBytes(Value arrayBuffer, boolean take) {
        Object raw = guest(arrayBuffer);
        if (raw instanceof JSArrayBufferObject.Heap heap) {
            byte[] bytes = heap.getByteArray();
            int length = heap.getByteLength();
            return take && bytes.length == length ? bytes : java.util.Arrays.copyOf(bytes, length);
        }
        byte[] bytes = new byte[(int) arrayBuffer.getBufferSize()];
        arrayBuffer.readBuffer(0, bytes, 0, bytes.length);
        return bytes;
    }

    /**
     * The function {@code prolog + code + epilog} evaluates to (the CommonJS wrapper around a module),
     * parsed so that the source is the module's own text: positions on line 1 are the module's, not
     * shifted by the prolog. GraalJS parses this way for graal-nodejs when a parse request's argument
     * names start with its token; {@code path} (or null) lets import() in the module resolve from it.
     * Must be called on a thread inside the Context (a binding call from JS). Returns the function,
     * or null when the code does not parse.
     */
    public static Object compileWrapped(String code, String name, String path, String prolog, String epilog) {
        TruffleLanguage.Env env = JavaScriptLanguage.getCurrentEnv();
        com.oracle.truffle.api.source.Source.SourceBuilder builder = path != null
                ? com.oracle.truffle.api.source.Source.newBuilder("js", env.getPublicTruffleFile(path)).content(code)
                : com.oracle.truffle.api.source.Source.newBuilder("js", code, name);
        com.oracle.truffle.api.source.Source source;
        try {
            source = builder.name(name).build();
        } catch (java.io.IOException e) {
            // the content is given: nothing is read
            throw new java.io.UncheckedIOException(e);
        }
        try {
            CallTarget program = env.parsePublic(source, JavaScriptLanguage.NODE_ENV_PARSE_TOKEN, prolog, epilog,
                    "false");
            return program.call();
        } catch (com.oracle.truffle.js.runtime.JSException | IllegalArgumentException e) {
            // A SyntaxError: the caller reports it its own way (a guest exception leaving this host
            // method would not be catchable in JS). With Java assertions on (the tests), the parser's
            // error position past the prolog fails as an invalid source section instead.
            return null;
        }
    }

    /** A new ArrayBuffer of the calling Context whose contents are {@code bytes} (not copied). */
    public static Object newArrayBuffer(byte[] bytes) {
        JSRealm realm = JSRealm.get(null);
        return JSArrayBuffer.createArrayBuffer(realm.getContext(), realm, bytes);
    }

    /**
     * V8's PromiseRejectCallback, which Node's unhandled-rejection logic is built on: told when a
     * promise is rejected while it has no handler, and when a handler is added to such a promise
     * later. The promises are the engine's own objects: lib/ receives them as the JS promises.
     */
    public interface RejectionEvents {
        void rejectedWithoutHandler(Object promise, Object reason);

        void handlerAddedAfterReject(Object promise);
    }

    /**
     * Gives the calling Context an agent that may block ({@code Atomics.wait}, allowed on Node's main
     * thread too) and whose wake-up — another thread resolved one of its {@code Atomics.waitAsync}
     * promises — runs {@code wake} (any thread), so the loop enters JS and the engine settles it.
     * The agent reports promise rejections to {@code rejections} (GraalJS's own tracker reports only
     * unhandled ones, never a handler added later: no 'rejectionHandled'). Call before any JS runs.
     */
    public static void installAgent(Runnable wake, RejectionEvents rejections) {
        JSRealm realm = JSRealm.get(null);
        JSContext context = realm.getContext();
        JSAgent agent = new LoopAgent(wake);
        context.setPromiseRejectionTracker(agent, new PromiseRejectionTracker() {
            @Override
            public void promiseRejected(JSDynamicObject promise, Object reason) {
                rejections.rejectedWithoutHandler(promise, reason);
            }

            @Override
            public void promiseRejectionHandled(JSDynamicObject promise) {
                rejections.handlerAddedAfterReject(promise);
            }

            @Override
            public void promiseRejectedAfterResolved(JSDynamicObject promise, Object reason) {
                // Node 24 no longer reports these ('multipleResolves' was removed).
            }

            @Override
            public void promiseResolvedAfterResolved(JSDynamicObject promise, Object value) {
                // as above
            }
        });
        realm.setAgent(agent);
    }

    private static final String MODULE_MIME = "application/javascript+module";

    /**
     * Gives the calling Context's modules their import.meta from {@code hook(meta, url)}, called when
     * a module first reads import.meta. Call before any module runs. The hook is kept as the realm's
     * embedder data: a map keyed weakly by realm kept every realm alive through its hook's value (a
     * process starting workers grew by a whole Context per worker).
     */
    public static void installImportMetaHook(Value hook) {
        JSRealm realm = JSRealm.get(null);
        realm.setEmbedderData(guest(hook));
        JSContext context = realm.getContext();
        synchronized (EngineInternals.class) {
            if (!context.hasImportMetaInitializerBeenSet()) {
                context.setImportMetaInitializer((meta, module) -> {
                    Object fn = JSRealm.get(null).getEmbedderData();
                    if (fn != null) {
                        JSRuntime.call(fn, Undefined.instance, new Object[] {meta, Strings.fromJavaString(module.getURL())});
                    }
                });
            }
        }
    }

    /**
     * From now on (for the whole engine), stack traces name ES-module frames by file: URL. Called when
     * the first ES module is loaded, so that programs without any keep the engine's own handling in
     * full: under this callback a user Error.prepareStackTrace that throws yields the default text
     * instead of the exception (the engine catches what a callback throws).
     */
    public static void nameModuleFramesByUrl() {
        JSContext context = JSRealm.get(null).getContext();
        synchronized (EngineInternals.class) {
            if (context.getPrepareStackTraceCallback() == null) {
                context.setPrepareStackTraceCallback(EngineInternals::prepareStackTrace);
            }
        }
    }

    /**
     * error.stack: what the engine makes (Error.prepareStackTrace included), except that frames in ES
     * modules name the module's file: URL where the engine gives its path (in the text and in a call
     * site's getFileName(), as V8 gives them to Node), and the loader's generated modules are hidden.
     */
    private static Object prepareStackTrace(JSRealm realm, JSDynamicObject error, JSDynamicObject callSites) {
        int length = (int) JSRuntime.toLength(JSObject.get(callSites, Strings.LENGTH));
        java.util.List<JSStackTraceElement> elements = new java.util.ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            JSStackTraceElement element = (JSStackTraceElement) JSObjectUtil.getHiddenProperty(
                    (JSDynamicObject) JSObject.get(callSites, i), JSError.STACK_TRACE_ELEMENT_PROPERTY_NAME);
            Source source = moduleSource(element);
            if (source == null) {
                String url = urlName(element);
                elements.add(url == null ? element : renamed(element, url));
            } else if (urlModule(source.getPath()) != null) {
                elements.add(renamed(element, urlModule(source.getPath())));
            } else if (!isLoaderModule(source)) {
                elements.add(renamed(element, moduleUrl(source.getPath())));
            }
        }
        return JSError.prepareStackNoCallback(realm, error, elements.toArray(new JSStackTraceElement[0]));
    }

    /** A copy of {@code element} naming its file {@code fileName}. */
    private static JSStackTraceElement renamed(JSStackTraceElement element, String fileName) {
        Object[] fields = new Object[ELEMENT_FIELD.length];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = ELEMENT_FIELD[i].get(element);
        }
        fields[0] = Strings.fromJavaString(fileName);
        try {
            return (JSStackTraceElement) NEW_ELEMENT.invoke(fields);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Marks the text of modules lib/'s loader makes (CommonJS and builtin facades). */
    private static final String LOADER_MODULE_MARK = "/*node4j:loader*/";

    /** A module lib/'s loader generated: a facade, or one under its virtual directory. */
    private static boolean isLoaderModule(Source source) {
        CharSequence text = source.getCharacters();
        return source.getPath().startsWith("/node4j:esm/")
                || (text.length() >= LOADER_MODULE_MARK.length()
                        && LOADER_MODULE_MARK.contentEquals(text.subSequence(0, LOADER_MODULE_MARK.length())));
    }

    /**
     * The URL of a module that is not a file (lib/'s loader keeps it escaped as the last segment of a
     * path under its virtual {@code url/} or {@code json/} directory), or null.
     */
    private static String urlModule(String path) {
        for (String dir : new String[] {"/node4j:esm/url/", "/node4j:esm/json/"}) {
            if (path.startsWith(dir) && path.indexOf('/', dir.length()) == -1) {
                String escaped = path.substring(dir.length());
                if (dir.endsWith("json/") && escaped.endsWith(".json")) {
                    escaped = escaped.substring(0, escaped.length() - 5);
                }
                return java.net.URLDecoder.decode(escaped.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The ES module file an element's code is in, or null. */
    private static Source moduleSource(JSStackTraceElement element) {
        if (!element.hasPath() || element.isEval()) {
            return null;
        }
        SourceSection section = (SourceSection) ELEMENT_FIELD[2].get(element);
        Source source = section == null ? null : section.getSource();
        return source != null && source.getPath() != null && MODULE_MIME.equals(source.getMimeType()) ? source : null;
    }

    /**
     * The file: URL a file's code was compiled under when the engine would name its path (a CommonJS
     * TypeScript file, which Node names by URL), or null.
     */
    private static String urlName(JSStackTraceElement element) {
        if (!element.hasPath() || element.isEval()) {
            return null;
        }
        SourceSection section = (SourceSection) ELEMENT_FIELD[2].get(element);
        Source source = section == null ? null : section.getSource();
        return source != null && source.getPath() != null && source.getName().startsWith("file:")
                ? source.getName() : null;
    }

    /**
     * How Node names a module: pathToFileURL's escaping; -e code's [evalN] is appended as it is
     * to its directory's URL.
     */
    public static String moduleUrl(String module) {
        // A module imported with ?query#fragment is the file's path followed by them (see lib/'s loader).
        int end = module.length();
        for (int i = 0; i < module.length(); i++) {
            if (module.charAt(i) == '?' || module.charAt(i) == '#') {
                end = i;
                break;
            }
        }
        return fileUrl(module.substring(0, end)) + module.substring(end);
    }

    private static String fileUrl(String path) {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        if (slash > 0 && name.matches("\\[eval\\d+\\]")) {
            return io.node4j.runtime.url.FileUrls.of(path.substring(0, slash)) + "/" + name;
        }
        return io.node4j.runtime.url.FileUrls.of(path);
    }

    /** Whether {@code source} is an ES module's (its frames and throw sites are named by URL). */
    public static boolean isModuleSource(org.graalvm.polyglot.Source source) {
        return MODULE_MIME.equals(source.getMimeType());
    }

    private static final class LoopAgent extends JSAgent {
        private final Runnable wake;

        LoopAgent(Runnable wake) {
            super(true);
            this.wake = wake;
        }

        @Override
        public void wake() {
            wake.run();
        }
    }
}
