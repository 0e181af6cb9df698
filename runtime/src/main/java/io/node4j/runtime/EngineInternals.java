package io.node4j.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

import org.graalvm.polyglot.Value;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.js.lang.JavaScriptLanguage;

import com.oracle.truffle.js.runtime.GraalJSException.JSStackTraceElement;
import com.oracle.truffle.js.runtime.JSAgent;
import com.oracle.truffle.js.runtime.JSAgentWaiterList;
import com.oracle.truffle.js.runtime.JSContext;
import com.oracle.truffle.js.runtime.JSErrorType;
import com.oracle.truffle.js.runtime.PromiseRejectionTracker;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.JSRuntime;
import com.oracle.truffle.js.runtime.Strings;
import com.oracle.truffle.js.runtime.builtins.JSArray;
import com.oracle.truffle.js.runtime.builtins.JSError;
import com.oracle.truffle.js.runtime.builtins.JSFunction;
import com.oracle.truffle.js.runtime.builtins.JSFunctionObject;
import com.oracle.truffle.js.runtime.builtins.JSGlobalObject;
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
 * The class that reaches into GraalJS's internals (graal-nodejs, GraalJS's own Node.js, does the same
 * through the same packages, which the engine exports to it), with {@link VmInternals} for node:vm's
 * realms and esm.ModuleRequests for the module loader. The polyglot API cannot:
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
    /** The engine's Source inside a polyglot Source. */
    private static final VarHandle SOURCE_RECEIVER;
    /** JSRealm's private AsyncContext.Variable constructor (the realm has no getter for it). */
    private static final VarHandle ASYNC_CONTEXT_VARIABLE;
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
            SOURCE_RECEIVER = MethodHandles.privateLookupIn(org.graalvm.polyglot.Source.class, MethodHandles.lookup())
                    .findVarHandle(org.graalvm.polyglot.Source.class, "receiver", Object.class);
            ASYNC_CONTEXT_VARIABLE = MethodHandles.privateLookupIn(JSRealm.class, MethodHandles.lookup())
                    .findVarHandle(JSRealm.class, "asyncContextVariableConstructor", JSFunctionObject.class);
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

    static Object guest(Value value) {
        return RECEIVER.get(value);
    }

    /**
     * The memory of an ArrayBuffer or SharedArrayBuffer, for a binding to read or fill in bulk (the
     * polyglot API writes JS memory a few bytes a call): a buffer over the engine's own byte array or
     * ByteBuffer, position 0, limit its byte length. Null for other buffers (one over a Java object,
     * a detached one); any thread may use the result.
     */
    public static ByteBuffer arrayBufferMemory(Value arrayBuffer) {
        Object guest = guest(arrayBuffer);
        if (guest instanceof com.oracle.truffle.js.runtime.builtins.JSArrayBufferObject.Heap heap && !heap.isDetached()) {
            return ByteBuffer.wrap(heap.getByteArray(), 0, heap.getByteLength());
        }
        if (guest instanceof com.oracle.truffle.js.runtime.builtins.JSArrayBufferObject.DirectBase direct
                && direct.getByteBuffer() != null) {
            return direct.getByteBuffer().slice(0, direct.getByteLength());
        }
        return null;
    }

    /**
     * The bytes {@code [offset, offset+length)} of an ArrayBuffer: a view of its own memory where
     * {@link #arrayBufferMemory} reaches it, else a copy in a heap buffer.
     */
    public static ByteBuffer bytesOf(Value arrayBuffer, long offset, int length) {
        ByteBuffer memory = arrayBufferMemory(arrayBuffer);
        if (memory != null) {
            return memory.slice((int) offset, length);
        }
        byte[] bytes = new byte[length];
        if (length > 0) {
            arrayBuffer.readBuffer(offset, bytes, 0, length);
        }
        return ByteBuffer.wrap(bytes);
    }

    /** The engine's source behind a polyglot one (an exception's location), or null. */
    static Source truffleSource(org.graalvm.polyglot.Source source) {
        return source != null && SOURCE_RECEIVER.get(source) instanceof Source s ? s : null;
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

    /**
     * A proxy's [target, handler] (null for a revoked proxy's), or null when it is not a proxy (a vm
     * context's global is not one to lib/: Node's has interceptors instead).
     */
    public static Object[] proxyDetails(Value value) {
        if (guest(value) instanceof JSProxyObject proxy && !VmInternals.isContextGlobal(proxy)) {
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
        LoopAgent agent = new LoopAgent(wake);
        agent.rejections = new PromiseRejectionTracker() {
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
        };
        context.setPromiseRejectionTracker(agent, agent.rejections);
        realm.setAgent(agent);
    }

    /**
     * Gives {@code agent} (a vm context's own, see {@link VmInternals}) the rejection tracking of
     * {@code main}, the Context's agent: its unhandled rejections are the program's.
     */
    static void shareRejectionTracker(JSAgent main, JSAgent agent, JSContext context) {
        if (main instanceof LoopAgent loopAgent && loopAgent.rejections != null) {
            context.setPromiseRejectionTracker(agent, loopAgent.rejections);
        }
    }

    /** The calling Context's agent (see {@link #installAgent}), for the async-context methods below. */
    public static Object agent() {
        return JSRealm.get(null).getAgent();
    }

    /**
     * The agent's current async context: GraalJS's TC39 AsyncContext mapping, which the engine
     * captures when a promise reaction is registered and restores while the reaction runs, as V8 does
     * with the continuation-preserved embedder data Node keeps its AsyncContextFrame in. An immutable
     * value: holding it is a snapshot.
     */
    public static Object asyncContext(Object agent) {
        return ((JSAgent) agent).getAsyncContextMapping();
    }

    /** Makes {@code context} (from {@link #asyncContext}) current; returns the one it replaced. */
    public static Object swapAsyncContext(Object agent, Object context) {
        return ((JSAgent) agent).asyncContextSwap((com.oracle.truffle.js.runtime.objects.AsyncContext) context);
    }

    /**
     * The calling realm's AsyncContext.Variable constructor, with the AsyncContext global (which Node
     * does not have) removed. Both are done here, not by JS property accesses in lib/'s bootstrap:
     * with GraalJS 25.0.1, once the bootstrap's code was compiled and shared by many Contexts, its
     * read of {@code globalThis.AsyncContext} gave a later Context's Intl object (seen in the
     * compatibility suite after some 700 Contexts; every later instance then failed to start).
     */
    public static Object takeAsyncContextVariableConstructor() {
        JSRealm realm = JSRealm.get(null);
        JSObject.delete(realm.getGlobalObject(), Strings.fromJavaString("AsyncContext"));
        return ASYNC_CONTEXT_VARIABLE.get(realm);
    }

    /** Sets an AsyncContext.Variable for the rest of the current execution (from a binding call). */
    public static void setAsyncContextVariable(Value variable, Value value) {
        var key = ((com.oracle.truffle.js.runtime.builtins.asynccontext.JSAsyncContextVariableObject) guest(variable))
                .getAsyncContextKey();
        JSAgent agent = JSRealm.get(null).getAgent();
        agent.asyncContextSwap(agent.getAsyncContextMapping().withMapping(key, guest(value)));
    }

    private static final String MODULE_MIME = "application/javascript+module";

    /**
     * What node4j keeps in a realm (as its embedder data): the hooks lib/ installed. A map keyed
     * weakly by realm kept every realm alive through its hooks' values (a process starting workers
     * grew by a whole Context per worker).
     */
    private static final class RealmHooks {
        /** {@code meta(importMeta, url)}, or null. */
        Object importMeta;
        /** {@code stack(text, frames) → text or undefined}: source-mapped stack traces, or null. */
        Object stackTrace;
    }

    private static RealmHooks hooks(JSRealm realm) {
        if (realm.getEmbedderData() instanceof RealmHooks hooks) {
            return hooks;
        }
        RealmHooks hooks = new RealmHooks();
        realm.setEmbedderData(hooks);
        return hooks;
    }

    /**
     * Gives the calling Context's modules their import.meta from {@code hook(meta, url)}, called when
     * a module first reads import.meta. Call before any module runs.
     */
    public static void installImportMetaHook(Value hook) {
        JSRealm realm = JSRealm.get(null);
        hooks(realm).importMeta = guest(hook);
        JSContext context = realm.getContext();
        synchronized (EngineInternals.class) {
            if (!context.hasImportMetaInitializerBeenSet()) {
                context.setImportMetaInitializer((meta, module) -> {
                    Object fn = JSRealm.get(null).getEmbedderData() instanceof RealmHooks h ? h.importMeta : null;
                    if (fn != null) {
                        JSRuntime.call(fn, Undefined.instance, new Object[] {meta, Strings.fromJavaString(module.getURL())});
                    }
                });
            }
        }
    }

    /**
     * Stack traces as V8 writes them for Node, for the whole engine (see {@link #prepareStackTrace}).
     * Installed at every start. A cost of it: a program's Error.prepareStackTrace that throws yields the
     * default text instead of the exception (the engine catches what a callback throws).
     */
    public static void installStackTraceCallback() {
        JSContext context = JSRealm.get(null).getContext();
        synchronized (EngineInternals.class) {
            if (context.getPrepareStackTraceCallback() == null) {
                context.setPrepareStackTraceCallback(EngineInternals::prepareStackTrace);
            }
        }
    }

    /**
     * Source maps for this Context's stack traces: while {@code hook} is set, an error's stack (when no
     * Error.prepareStackTrace is set) is what {@code hook(text, frames)} makes of the engine's text
     * and its frames, each {@code [fileName, line, column, functionName, typeName, isConstructor,
     * isAsync, isEval, enclosingLine, enclosingColumn]} (enclosing: where the frame's function starts;
     * lines and columns 1-based), when it returns a string. A null or undefined hook turns it off.
     */
    public static void setStackTraceHook(Value hook) {
        JSRealm realm = JSRealm.get(null);
        hooks(realm).stackTrace = hook == null || hook.isNull() ? null : guest(hook);
    }

    /**
     * error.stack: what the engine makes (Error.prepareStackTrace included), except that frames in ES
     * modules name the module's file: URL where the engine gives its path (in the text and in a call
     * site's getFileName(), as V8 gives them to Node), the loader's generated modules are hidden,
     * anonymous functions called as methods are named by the method, and, with source maps on, the
     * hook lib/ set rewrites mapped frames.
     */
    private static Object prepareStackTrace(JSRealm realm, JSDynamicObject error, JSDynamicObject callSites) {
        int length = (int) JSRuntime.toLength(JSObject.get(callSites, Strings.LENGTH));
        boolean userFormat = userPrepareStackTrace(realm);
        java.util.List<JSStackTraceElement> elements = new java.util.ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            JSStackTraceElement element = (JSStackTraceElement) JSObjectUtil.getHiddenProperty(
                    (JSDynamicObject) JSObject.get(callSites, i), JSError.STACK_TRACE_ELEMENT_PROPERTY_NAME);
            Source source = moduleSource(element);
            String file = null;
            if (source == null) {
                file = urlName(element);
            } else if (urlModule(source.getPath()) != null) {
                file = urlModule(source.getPath());
            } else if (isLoaderModule(source)) {
                continue;
            } else {
                file = moduleUrl(source.getPath());
            }
            elements.add(file == null ? element : renamed(element, file, null));
        }
        JSStackTraceElement[] frames = elements.toArray(new JSStackTraceElement[0]);
        Object text;
        if (userFormat) {
            text = JSError.prepareStackNoCallback(realm, error, frames);
        } else {
            // The header as the engine writes it, then each frame as V8 writes it.
            StringBuilder sb = new StringBuilder(JSRuntime.toString(
                    JSError.prepareStackNoCallback(realm, error, new JSStackTraceElement[0])).toJavaStringUncached());
            for (JSStackTraceElement frame : frames) {
                sb.append("\n    at ").append(frameText(frame, realm.getContext()));
            }
            text = Strings.fromJavaString(sb.toString());
        }
        Object hook = realm.getEmbedderData() instanceof RealmHooks h ? h.stackTrace : null;
        if (hook == null || frames.length == 0 || userFormat) {
            return text;
        }
        Object[] described = new Object[frames.length];
        for (int i = 0; i < frames.length; i++) {
            described[i] = JSArray.createConstant(realm.getContext(), realm, describe(frames[i]));
        }
        Object mapped = JSRuntime.call(hook, Undefined.instance,
                new Object[] {text, JSArray.createConstant(realm.getContext(), realm, described)});
        return Strings.isTString(mapped) ? mapped : text;
    }

    /**
     * Where a class's text has its {@code constructor} method: the offset of the name among the
     * class body's own members (strings, comments and nested braces skipped), or 0 when it has none.
     */
    static int constructorMethodOffset(CharSequence text) {
        int depth = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
                boolean line = text.charAt(i + 1) == '/';
                i += 2;
                while (i < n && !(line ? text.charAt(i) == '\n' : text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
                    i++;
                }
                if (!line) {
                    i++;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                for (i++; i < n && text.charAt(i) != c; i++) {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            } else if (depth == 1 && c == 'c' && (i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1)))
                    && text.subSequence(i, Math.min(n, i + 11)).toString().equals("constructor")) {
                int j = i + 11;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < n && text.charAt(j) == '(') {
                    return i;
                }
            }
        }
        return 0;
    }

    /**
     * A frame as V8 writes it in a stack trace (its CallSite's toString), where the engine's own
     * text differs: an anonymous function called as a method is named by the property it was called
     * through ({@code Timeout._onTimeout}), a function called through a property of another name
     * says so ({@code Object.named [as alias]}), a name is written whole ({@code module.exports}),
     * a built-in's location is {@code <anonymous>}. Eval code and Promise.all frames keep the
     * engine's text.
     */
    static String frameText(JSStackTraceElement element, JSContext context) {
        if (element.isEval() || element.isPromiseAll()) {
            return Strings.toJavaString(element.toString(context));
        }
        SourceSection section = (SourceSection) ELEMENT_FIELD[2].get(element);
        String location;
        if (JSFunction.isBuiltinSourceSection(section)) {
            location = "<anonymous>";
        } else {
            // A vm script compiled with a line or column offset reports its positions moved by it.
            Source source = section == null ? null : section.getSource();
            int line = element.getLineNumber();
            location = Strings.toJavaString(element.getFileName()) + ":" + VmInternals.line(source, line) + ":"
                    + VmInternals.column(source, line, element.getColumnNumber());
        }
        String function = anonymous(element) ? "" : Strings.toJavaString(element.getFunctionName());
        StringBuilder sb = new StringBuilder();
        if (element.isAsync()) {
            sb.append("async ");
        }
        Object receiver = element.getThis();
        boolean toplevel = !(receiver instanceof JSDynamicObject) || JSRuntime.isNullOrUndefined(receiver)
                || receiver instanceof JSGlobalObject || receiver == JSRealm.get(null).getGlobalObject()
                || VmInternals.isContextGlobal(receiver);
        if (element.isConstructor()) {
            sb.append("new ").append(function.isEmpty() ? "<anonymous>" : function);
        } else if (!toplevel) {
            TruffleString typeName = element.getTypeName();
            String type = typeName == null ? "" : Strings.toJavaString(typeName);
            if (receiver instanceof JSFunctionObject cls && JSFunction.getFunctionData(cls).isClassConstructor()
                    && !Strings.isEmpty(JSFunction.getFunctionData(cls).getName())) {
                type = Strings.toJavaString(JSFunction.getFunctionData(cls).getName()); // a static method's class
            }
            TruffleString methodName = element.getMethodName(context);
            String method = methodName == null ? "" : Strings.toJavaString(methodName);
            if (!function.isEmpty()) {
                if (!type.isEmpty() && isIdentifier(function) && !function.equals(type)) {
                    sb.append(type).append('.');
                }
                sb.append(function);
                if (!method.isEmpty() && !function.equals(method) && !function.endsWith("." + method)
                        && !function.endsWith(" " + method)) {
                    sb.append(" [as ").append(method).append(']');
                }
            } else {
                if (!type.isEmpty()) {
                    sb.append(type).append('.');
                }
                sb.append(method.isEmpty() ? "<anonymous>" : method);
            }
        } else if (!function.isEmpty()) {
            sb.append(function);
        } else {
            return sb.append(location).toString();
        }
        return sb.append(" (").append(location).append(')').toString();
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || !(Character.isLetter(name.codePointAt(0)) || name.charAt(0) == '$' || name.charAt(0) == '_')) {
            return false;
        }
        return name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '$' || c == '_'
                || c == 0x200C || c == 0x200D || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK
                || Character.getType(c) == Character.CONNECTOR_PUNCTUATION);
    }

    /**
     * Whether a frame's function has no name as V8 names it: the engine's name is empty, or it is one
     * the engine inferred where V8 infers none (the engine names a function written as a call's
     * argument by the declaration around it: {@code const steps = [(n) => setTimeout(function () {…})]}
     * is "steps").
     */
    private static boolean anonymous(JSStackTraceElement element) {
        TruffleString name = element.getFunctionName();
        if (name == null || Strings.isEmpty(name)) {
            return true;
        }
        // The engine's name was inferred (the function has none of its own): V8 infers one too
        // (const x = [function () {}], module.exports = function () {}) but not for a function
        // written as a call's argument (const server = http.createServer(function () {})).
        return element.getFunction() instanceof JSFunctionObject fn
                && Strings.isEmpty(JSFunction.getFunctionData(fn).getName())
                && JSFunction.getCallTarget(fn) instanceof RootCallTarget target
                && isCallArgument(target.getRootNode().getSourceSection());
    }

    /** Whether the function written at {@code section} is an argument of a call (or of new). */
    private static boolean isCallArgument(SourceSection section) {
        if (section == null || !section.isAvailable()) {
            return false;
        }
        CharSequence text = section.getSource().getCharacters();
        int depth = 0;
        for (int i = section.getCharIndex() - 1, stop = Math.max(0, i - 4000); i >= stop; i--) {
            char c = text.charAt(i);
            if (c == ')' || c == ']' || c == '}') {
                depth++;
            } else if (c == '(' || c == '[' || c == '{') {
                if (depth-- > 0) {
                    continue;
                }
                if (c != '(') {
                    return false;
                }
                int j = i - 1;
                while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
                    j--;
                }
                if (j < 0) {
                    return false;
                }
                char before = text.charAt(j);
                if (!(Character.isJavaIdentifierPart(before) || before == ')' || before == ']')) {
                    return false;
                }
                int k = j;
                while (k >= 0 && Character.isJavaIdentifierPart(text.charAt(k))) {
                    k--;
                }
                String word = text.subSequence(k + 1, j + 1).toString();
                return !java.util.Set.of("if", "while", "for", "switch", "return", "typeof", "await", "yield",
                        "case", "in", "of", "do", "else", "void", "delete").contains(word);
            }
        }
        return false;
    }

    /** Whether the program set Error.prepareStackTrace (it then formats stacks, unmapped, as in Node). */
    private static boolean userPrepareStackTrace(JSRealm realm) {
        Object fn = JSObject.get(realm.getErrorConstructor(JSErrorType.Error), JSError.PREPARE_STACK_TRACE_NAME);
        return JSRuntime.isCallable(fn);
    }

    /** A frame as the stack-trace hook reads it (see {@link #setStackTraceHook}). */
    private static Object[] describe(JSStackTraceElement element) {
        Object file = element.getFileName();
        Object function = element.getFunctionName();
        Object type = element.getTypeName();
        int enclosingLine = -1;
        int enclosingColumn = -1;
        if (element.getFunction() instanceof JSFunctionObject fn
                && JSFunction.getCallTarget(fn) instanceof RootCallTarget target) {
            SourceSection start = target.getRootNode().getSourceSection();
            if (start != null && start.isAvailable()) {
                int offset = start.getCharIndex();
                if (JSFunction.getFunctionData(fn).isClassConstructor()) {
                    // V8 places a class's constructor where its constructor method is (the class when
                    // it has none); the engine's section is the whole class.
                    offset += constructorMethodOffset(start.getCharacters());
                }
                SourceSection at = start.getSource().createSection(offset, 0);
                enclosingLine = at.getStartLine();
                enclosingColumn = at.getStartColumn();
            }
        }
        return new Object[] {file == null ? Undefined.instance : file, element.getLineNumber(),
            element.getColumnNumber(), function == null ? Undefined.instance : function,
            type == null ? Undefined.instance : type, element.isConstructor(), element.isAsync(),
            element.isEval(), enclosingLine, enclosingColumn};
    }

    /** A copy of {@code element} naming its file {@code fileName} and its function {@code functionName} (each when not null). */
    private static JSStackTraceElement renamed(JSStackTraceElement element, String fileName, TruffleString functionName) {
        Object[] fields = new Object[ELEMENT_FIELD.length];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = ELEMENT_FIELD[i].get(element);
        }
        if (fileName != null) {
            fields[0] = Strings.fromJavaString(fileName);
        }
        if (functionName != null) {
            fields[1] = functionName;
        }
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
        PromiseRejectionTracker rejections;

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
