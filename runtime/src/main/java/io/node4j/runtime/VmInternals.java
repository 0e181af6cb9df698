package io.node4j.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Value;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.js.lang.JavaScriptLanguage;
import com.oracle.truffle.js.nodes.ScriptNode;
import com.oracle.truffle.js.runtime.GraalJSException;
import com.oracle.truffle.js.runtime.JSAgent;
import com.oracle.truffle.js.runtime.JSArguments;
import com.oracle.truffle.js.runtime.JSContext;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.JSRuntime;
import com.oracle.truffle.js.runtime.JavaScriptRootNode;
import com.oracle.truffle.js.runtime.Strings;
import com.oracle.truffle.js.runtime.builtins.JSFunction;
import com.oracle.truffle.js.runtime.builtins.JSFunctionData;
import com.oracle.truffle.js.runtime.builtins.JSFunctionObject;
import com.oracle.truffle.js.runtime.builtins.JSProxy;
import com.oracle.truffle.js.runtime.builtins.JSUncheckedProxyHandler;
import com.oracle.truffle.js.runtime.objects.JSDynamicObject;
import com.oracle.truffle.js.runtime.objects.JSObject;
import com.oracle.truffle.js.runtime.objects.PropertyDescriptor;
import com.oracle.truffle.js.runtime.objects.Undefined;

/**
 * The engine side of node:vm (Node's node_contextify.cc), reaching into GraalJS's internals as
 * {@link EngineInternals} does, for what the polyglot API has no word for:
 * <ul>
 * <li><b>contexts</b>: a vm context is a child realm of the Context's main realm (its own Object,
 *     Array, Function... and global object; GraalJS's V8-compatible {@code Realm.create()} makes the
 *     same). For a contextified sandbox its global object is replaced by a proxy whose traps, written in
 *     lib/, play the part of V8's named-property interceptors: reads look at the sandbox first, writes
 *     and declarations reach the sandbox too. The handler is GraalJS's unchecked one (graal-nodejs
 *     builds its interceptor globals the same way), so the traps may answer for the global's
 *     non-configurable properties what the sandbox says, as interceptors may;
 * <li><b>scripts</b>: code parsed once ({@link VmScript}, V8's UnboundScript) and bound to any realm
 *     as that realm's program function, so one vm.Script runs in many contexts;
 * <li><b>termination</b>: a timeout (or SIGINT) interrupts the running script at the engine's next
 *     safepoint with an exception JS can neither catch nor run finally blocks for, which the run
 *     function turns back into a normal return of a marker lib/ recognises (V8's
 *     TerminateExecution + CancelTerminateExecution);
 * <li><b>microtaskMode 'afterEvaluate'</b>: while such a context's code runs, its realm has an agent
 *     of its own, whose promise-job queue the run function drains before it returns (V8's
 *     per-context MicrotaskQueue).
 * </ul>
 * Every method runs on the thread inside the Context (a binding call from JS).
 */
public final class VmInternals {
    private VmInternals() {}

    /** Globals of a GraalJS realm that Node's contexts do not have (the main realm loses them at bootstrap). */
    private static final String[] ENGINE_GLOBALS = {"Graal", "Debug", "AsyncContext"};

    /** A vm context: its realm, the global object its code sees, and its own microtask agent or null. */
    public static final class VmContext {
        final JSRealm realm;
        final JSDynamicObject global;
        final JSAgent microtasks;

        VmContext(JSRealm realm, JSDynamicObject global, JSAgent microtasks) {
            this.realm = realm;
            this.global = global;
            this.microtasks = microtasks;
        }
    }

    /** Parsed code not bound to a realm yet (V8's UnboundScript). */
    public static final class VmScript {
        final ScriptNode node;
        final Source source;

        VmScript(ScriptNode node, Source source) {
            this.node = node;
            this.source = source;
        }
    }

    /**
     * A new context. With {@code traps} (a JS object of proxy traps, see lib/internal/vm.js) its
     * global object is a proxy over the realm's own global with those traps; without, the realm's
     * global as it is (vm.constants.DONT_CONTEXTIFY). {@code ownMicrotasks}: microtaskMode
     * 'afterEvaluate'.
     */
    public static VmContext newContext(Value traps, boolean ownMicrotasks) {
        JSRealm main = JSRealm.getMain(null);
        JSRealm realm = main.createChildRealm();
        JSContext context = realm.getContext();
        JSDynamicObject target = realm.getGlobalObject();
        for (String name : ENGINE_GLOBALS) {
            JSObject.delete(target, Strings.fromJavaString(name));
        }
        // Stack traces and import.meta in the context are made by the same hooks as in the main realm,
        // and import() loads through the main realm's loader: the program's module instances.
        realm.setEmbedderData(main.getEmbedderData());
        io.node4j.runtime.esm.EsmHooks.shareLoader(main, realm);
        JSDynamicObject global = target;
        if (traps != null && !traps.isNull()) {
            JSDynamicObject handler = JSUncheckedProxyHandler.create(context, realm);
            JSDynamicObject given = (JSDynamicObject) EngineInternals.guest(traps);
            for (Object key : JSObject.ownPropertyKeys(given)) {
                JSObject.set(handler, key, JSObject.get(given, key));
            }
            global = JSProxy.create(context, realm, target, handler);
            realm.setGlobalObject(global);
            // globalThis names the global as the context's code sees it (V8's global proxy).
            JSObject.defineOwnProperty(target, Strings.fromJavaString("globalThis"),
                    PropertyDescriptor.createData(global, false, true, true));
        }
        JSAgent microtasks = null;
        if (ownMicrotasks) {
            microtasks = new MicrotaskAgent();
            EngineInternals.shareRejectionTracker(main.getAgent(), microtasks, context);
        }
        return new VmContext(realm, global, microtasks);
    }

    /**
     * Whether {@code value} is a contextified sandbox's global proxy: the only proxies with GraalJS's
     * unchecked handler, which JS cannot make.
     */
    public static boolean isContextGlobal(Object value) {
        Object raw = value instanceof Value v ? EngineInternals.guest(v) : value;
        return raw instanceof com.oracle.truffle.js.runtime.builtins.JSProxyObject proxy
                && proxy.getProxyHandler() instanceof com.oracle.truffle.js.runtime.builtins.JSUncheckedProxyHandlerObject;
    }

    /** The global object code in {@code ctx} sees (the proxy of a contextified sandbox). */
    public static Object global(VmContext ctx) {
        return ctx.global;
    }

    /** The realm's own global object, behind the proxy: the traps' target. */
    public static Object innerGlobal(VmContext ctx) {
        return ctx.global instanceof com.oracle.truffle.js.runtime.builtins.JSProxyObject proxy
                ? proxy.getProxyTarget() : ctx.global;
    }

    /**
     * Where each vm script's positions start (vm.Script's lineOffset and columnOffset): V8 takes them
     * with the source, GraalJS has no such notion, so stack traces and throw sites move the positions
     * of these sources' frames: [lines to add, columns to add, the source line the columns apply on].
     * Keyed weakly by source (two scripts of the same text and name share an entry: the last one
     * compiled sets it).
     */
    private static final Map<Source, int[]> OFFSETS = Collections.synchronizedMap(new WeakHashMap<>());
    private static volatile boolean anyOffsets;

    private static int[] offsets(Source source) {
        return anyOffsets && source != null ? OFFSETS.get(source) : null;
    }

    /** The line a frame at {@code line} of {@code source} is reported at. */
    public static int line(Source source, int line) {
        int[] off = offsets(source);
        return off == null ? line : line + off[0];
    }

    /** The column a frame at {@code line}:{@code column} of {@code source} is reported at. */
    public static int column(Source source, int line, int column) {
        int[] off = offsets(source);
        return off == null || line != off[2] ? column : column + off[1];
    }

    /**
     * How import() in each vm-compiled source loads (its importModuleDynamically, as lib/internal/vm/
     * imports.js numbers them); eval code in it has the same referrer, so the same policy.
     */
    private static final Map<Source, Integer> IMPORT_POLICIES = Collections.synchronizedMap(new WeakHashMap<>());

    /** The import() policy of code compiled by vm, or null for any other source. */
    public static Integer importPolicy(Source source) {
        return source == null ? null : IMPORT_POLICIES.get(source);
    }

    /** A source whose positions are reported {@code lines} and (on {@code onLine}) {@code columns} further. */
    private static Source newSource(String text, String filename, int lines, int columns, int onLine, int policy) {
        Source source = Source.newBuilder("js", text, filename).build();
        IMPORT_POLICIES.put(source, policy);
        if (lines != 0 || columns != 0) {
            OFFSETS.put(source, new int[] {lines, columns, onLine});
            anyOffsets = true;
        } else if (anyOffsets) {
            OFFSETS.remove(source);
        }
        return source;
    }

    /**
     * Parses {@code code} as a script named {@code filename}; in {@code parsingContext}'s realm when
     * given (its SyntaxError is that realm's, as in Node). Returns the script, or [error] when it does
     * not parse (lib/ throws it: a guest exception leaving a host method is not catchable in JS).
     */
    public static Object compileScript(String code, String filename, int lineOffset, int columnOffset,
                                       VmContext parsingContext, int importPolicy) {
        return inRealm(parsingContext, realm -> {
            JSContext context = realm.getContext();
            CacheKey key = new CacheKey(context, code, filename, lineOffset, columnOffset, importPolicy);
            VmScript script = COMPILED.get(key);
            if (script == null) {
                Source source = newSource(code, filename, lineOffset, columnOffset, 1, importPolicy);
                script = new VmScript(context.getEvaluator().parseScript(context, source), source);
                COMPILED.put(key, script);
            }
            return script;
        });
    }

    /**
     * What was compiled lately, by text, name, offsets and import policy (V8's compilation cache):
     * programs that compile the same code again and again (template engines, wrappers) parse it once.
     * Parsed code belongs to the engine, not to a Context or realm, so any may take it. Bounded, most
     * recently used kept.
     */
    private record CacheKey(JSContext context, String text, String filename, int lineOffset, int columnOffset,
                            int importPolicy) {}

    private static final int COMPILED_LIMIT = 256;
    private static final Map<CacheKey, VmScript> COMPILED = Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(COMPILED_LIMIT, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<CacheKey, VmScript> eldest) {
                    return size() > COMPILED_LIMIT;
                }
            });

    /**
     * Compiles {@code body} as the body of {@code function (paramList) {...}} (vm.compileFunction), as
     * V8 does: the body must parse on its own (it cannot close the function early), the function's text
     * is {@code function (paramList) {\n<body>\n}}, and positions are the body's own. With
     * {@code extensions} (an array of objects or nulls), names the body does not declare are looked
     * up in them first, the last one first. Returns the function, made in {@code parsingContext}'s
     * realm when given, or [error].
     */
    public static Object compileFunction(String body, String filename, int lineOffset, int columnOffset,
                                         String paramList, Value extensions, VmContext parsingContext,
                                         int importPolicy) {
        long count = extensions == null || extensions.isNull() ? 0 : extensions.getArraySize();
        StringBuilder text = new StringBuilder();
        StringBuilder tail = new StringBuilder("\n}");
        if (count > 0) {
            // Each extension is a scope around the function, the last one innermost (as in V8).
            text.append("(function () { ");
            for (long i = 0; i < count; i++) {
                text.append("with (arguments[").append(i).append("] ?? {}) { ");
                tail.append(" }");
            }
            text.append("return ");
            tail.append(" })");
        } else {
            text.append('(');
            tail.append(')');
        }
        // The body starts the source's second line: its first line's columns get the column offset.
        text.append("function (").append(paramList).append(") {\n").append(body).append(tail);
        return inRealm(parsingContext, realm -> {
            JSContext context = realm.getContext();
            CacheKey key = new CacheKey(context, text.toString(), filename, lineOffset, columnOffset, importPolicy);
            VmScript compiled = COMPILED.get(key);
            if (compiled == null) {
                // The parameters and the body on their own first (V8 parses each apart).
                context.getEvaluator().checkFunctionSyntax(context, context.getParserOptions(), paramList, body,
                        false, false, filename);
                Source source = newSource(text.toString(), filename, lineOffset - 1, columnOffset, 2, importPolicy);
                compiled = new VmScript(context.getEvaluator().parseScript(context, source), source);
                COMPILED.put(key, compiled);
            }
            Object fn = compiled.node.run(realm);
            if (count == 0) {
                return fn;
            }
            Object[] scopes = new Object[(int) count];
            for (int i = 0; i < count; i++) {
                scopes[i] = EngineInternals.guest(extensions.getArrayElement(i));
            }
            return JSFunction.call((JSFunctionObject) fn, Undefined.instance, scopes);
        });
    }

    /** [error]: a JS array, which lib/ tells from a script handle or a function. */
    private static Object failure(JSRealm realm, Object error) {
        return com.oracle.truffle.js.runtime.builtins.JSArray.createConstant(realm.getContext(), realm,
                new Object[] {error});
    }

    /** Runs {@code parse} in {@code ctx}'s realm (the current one when null); [error] for a JS error. */
    private static Object inRealm(VmContext ctx, java.util.function.Function<JSRealm, Object> parse) {
        JSRealm current = JSRealm.get(null);
        JSRealm realm = ctx == null ? current : ctx.realm;
        JSRealm previous = realm == current ? null : current.enterRealm(null, realm);
        try {
            return parse.apply(realm);
        } catch (GraalJSException e) {
            // Its stack is the frames of this compile call (the exception was thrown through none).
            com.oracle.truffle.api.TruffleStackTrace.fillIn(e);
            return failure(realm, e.getErrorObject());
        } catch (com.oracle.js.parser.ParserException e) {
            return failure(realm, com.oracle.truffle.js.runtime.Errors.createSyntaxError(e, realm.getContext())
                    .getErrorObject());
        } finally {
            if (previous != null) {
                current.leaveRealm(null, previous);
            }
        }
    }

    /**
     * The program function of {@code script} in {@code ctx}'s realm (the calling realm's when null): a
     * function that runs the script when called with the realm's global as {@code this}.
     */
    public static Object bind(VmScript script, VmContext ctx) {
        JSRealm realm = ctx == null ? JSRealm.get(null) : ctx.realm;
        return JSFunction.create(realm, script.node.getFunctionData());
    }

    /**
     * The function lib/ runs scripts with: {@code run(fn, thisValue, timeoutMs, breakOnSigint,
     * ctxOrNull, timedOut, interrupted)} calls {@code fn} on {@code thisValue}, drains the context's own
     * microtasks (microtaskMode 'afterEvaluate'), and returns the result; with a timeout (ms, -1 for
     * none) or SIGINT it returns the marker {@code timedOut} or {@code interrupted} instead once it has
     * stopped the script. One per realm; the root node is shared by every Context of the engine.
     */
    public static Object runFunction() {
        JSRealm realm = JSRealm.get(null);
        JSContext context = realm.getContext();
        JSFunctionData data;
        synchronized (RUN_FUNCTIONS) {
            data = RUN_FUNCTIONS.computeIfAbsent(context, c -> JSFunctionData.createCallOnly(c,
                    new RunRoot(JavaScriptLanguage.get(null)).getCallTarget(), 7, Strings.fromJavaString("run")));
        }
        return JSFunction.create(realm, data);
    }

    private static final Map<JSContext, JSFunctionData> RUN_FUNCTIONS = new WeakHashMap<>();

    /** An agent of its own for a context whose microtasks run after each evaluation. */
    private static final class MicrotaskAgent extends JSAgent {
        MicrotaskAgent() {
            super(true);
        }

        @Override
        public void wake() {
            // Atomics.waitAsync promises of the context settle at its next evaluation.
        }
    }

    /**
     * What stops a script: thrown at a safepoint. Not a guest exception and not a control-flow one, so
     * GraalJS's catch and finally blocks let it pass (V8's termination runs neither). A ThreadDeath, as
     * Truffle's own cancellation is: the safepoint may come while the script is in a host call (a
     * binding that parses, or makes a realm), and host calls hand a ThreadDeath back to the script as
     * it is, where any other exception would become a host exception a JS catch could take. (The class
     * is deprecated for removal with Thread.stop, which it no longer serves; Truffle keeps its role.)
     */
    @SuppressWarnings("removal")
    private static final class Termination extends ThreadDeath {
        private static final long serialVersionUID = 1L;
        final transient Watchdog owner;

        Termination(Watchdog owner) {
            this.owner = owner;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // thrown to unwind, never reported
        }
    }

    /**
     * Stops one run after its time (or on SIGINT): submits a thread-local action to the run's thread,
     * which throws a {@link Termination} at the next safepoint while the run is still active. The
     * action and the run's end both happen on the run's thread, so a late action finds it inactive;
     * after throwing, the action comes again every {@value #RESUBMIT_MS} ms until the run has ended.
     *
     * <p>While the run's JS has called into Java that called back into JS (a module resolution hook
     * run by the engine's loader), a Termination would reach that Java code as an internal error; so
     * the action waits, trying again every few milliseconds, until the run is back in its own JS (the
     * agents count those host-to-JS entries). A nested call that never returns is then not stopped.
     */
    static final class Watchdog {
        private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "node4j-vm-watchdog");
            t.setDaemon(true);
            return t;
        });
        private static final long RETRY_MS = 5;
        private static final long RESUBMIT_MS = 50;
        private static final VarHandle INTEROP_DEPTH;

        static {
            try {
                INTEROP_DEPTH = MethodHandles.privateLookupIn(JSAgent.class, MethodHandles.lookup())
                        .findVarHandle(JSAgent.class, "interopCallStackDepth", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final TruffleLanguage.Env env;
        private final Thread thread;
        /**
         * The agent whose host-to-JS entries count, the main realm's (a context's own agent counts its
         * job queue's draining as one too), and its count when the run started.
         */
        private final JSAgent agent;
        private final int depth;
        private volatile boolean active = true;
        private volatile boolean fired;
        private volatile boolean bySignal;
        private final List<Future<?>> pending = Collections.synchronizedList(new ArrayList<>());

        Watchdog(TruffleLanguage.Env env, Thread thread, JSAgent agent) {
            this.env = env;
            this.thread = thread;
            this.agent = agent;
            this.depth = interopDepth();
        }

        private int interopDepth() {
            return (int) INTEROP_DEPTH.get(agent);
        }

        void startTimer(long millis) {
            pending.add(TIMER.schedule(() -> fire(false), millis, TimeUnit.MILLISECONDS));
        }

        /** Any thread: stop the run (by the timer, or by SIGINT when {@code signal}). */
        void fire(boolean signal) {
            if (fired) {
                return;
            }
            bySignal = signal;
            fired = true;
            submit();
        }

        private void submit() {
            if (!active) {
                return; // the run has ended
            }
            pending.add(env.submitThreadLocal(new Thread[] {thread}, new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    if (!active) {
                        return;
                    }
                    if (interopDepth() > depth) {
                        pending.add(TIMER.schedule(Watchdog.this::submit, RETRY_MS, TimeUnit.MILLISECONDS));
                        return;
                    }
                    // Again later, should anything swallow this one (Java code of a binding catching
                    // every Throwable): the run must end. Its end cancels the retry.
                    pending.add(TIMER.schedule(Watchdog.this::submit, RESUBMIT_MS, TimeUnit.MILLISECONDS));
                    throw new Termination(Watchdog.this);
                }
            }));
        }

        /** On the run's thread, when the run ends. */
        void stop() {
            active = false;
            synchronized (pending) {
                for (Future<?> f : pending) {
                    f.cancel(false);
                }
            }
        }
    }

    /** The run function's body (see {@link #runFunction}). */
    private static final class RunRoot extends JavaScriptRootNode {
        RunRoot(JavaScriptLanguage language) {
            super(language, null, null);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return run(frame.getArguments());
        }

        @TruffleBoundary
        private static Object run(Object[] arguments) {
            Object[] args = JSArguments.extractUserArguments(arguments);
            Object fn = arg(args, 0);
            Object self = arg(args, 1);
            long timeout = (long) JSRuntime.toDouble(arg(args, 2));
            boolean sigint = JSRuntime.toBoolean(arg(args, 3));
            Object ctx = arg(args, 4);
            VmContext context = ctx instanceof VmContext c ? c
                    : JSRuntime.isForeignObject(ctx) ? hostContext(ctx) : null;
            Watchdog watchdog = null;
            io.node4j.loop.signal.SignalWatchdog onSigint = null;
            if (timeout >= 0 || sigint) {
                JSRealm main = JSRealm.getMain(null);
                watchdog = new Watchdog(main.getEnv(), Thread.currentThread(), main.getAgent());
                if (timeout >= 0) {
                    watchdog.startTimer(timeout);
                }
                if (sigint) {
                    Watchdog w = watchdog;
                    onSigint = io.node4j.loop.signal.SignalWatchdog.start(io.node4j.loop.signal.Signals.SIGINT,
                            () -> w.fire(true));
                }
            }
            // The context's own microtask queue takes the jobs its code queues while it runs; jobs
            // queued from outside (a then() on one of its promises) go to the program's queue, as V8
            // queues them by the handler's context.
            JSAgent outside = null;
            if (context != null && context.microtasks != null) {
                outside = context.realm.getAgent();
                context.realm.setAgent(context.microtasks);
            }
            try {
                Object result = JSFunction.call((JSFunctionObject) fn, self, JSArguments.EMPTY_ARGUMENTS_ARRAY);
                if (outside != null) {
                    // In the context's realm: jobs its jobs queue go to its queue too.
                    JSRealm current = JSRealm.get(null);
                    JSRealm previous = current.enterRealm(null, context.realm);
                    try {
                        context.microtasks.processAllPromises(true);
                    } finally {
                        current.leaveRealm(null, previous);
                    }
                }
                return result;
            } catch (Termination t) {
                if (t.owner != watchdog) {
                    throw t;
                }
                return watchdog.bySignal ? arg(args, 6) : arg(args, 5);
            } catch (GraalJSException e) {
                if (context != null && e.getCause() instanceof StackOverflowError) {
                    throw stackOverflow(context);
                }
                LAST_THROW_SITE.set(throwSite(e));
                throw e;
            } catch (StackOverflowError overflow) {
                if (context == null) {
                    throw overflow;
                }
                throw stackOverflow(context);
            } finally {
                if (outside != null) {
                    context.realm.setAgent(outside);
                }
                if (onSigint != null) {
                    onSigint.close();
                }
                if (watchdog != null) {
                    watchdog.stop();
                }
            }
        }

        /**
         * The stack ran out in the context's code and nothing there caught it: V8's RangeError is the
         * context's. The engine makes one where the overflow is caught, which may be a function of
         * another realm the context's code was calling (a proxy trap of its global), or here.
         */
        private static com.oracle.truffle.js.runtime.JSException stackOverflow(VmContext context) {
            JSRealm current = JSRealm.get(null);
            JSRealm previous = current.enterRealm(null, context.realm);
            try {
                return com.oracle.truffle.js.runtime.Errors.createRangeErrorStackOverflow();
            } finally {
                current.leaveRealm(null, previous);
            }
        }

        private static Object arg(Object[] args, int i) {
            return i < args.length ? args[i] : Undefined.instance;
        }
    }

    /**
     * Where the last exception that ended a run was thrown: [file, line, column, source line] as the
     * report above an error shows it (1-based; a vm script's line offset applied), or null. Read once by
     * lib/ right after the run threw (Node's "arrow" of displayErrors), on the same thread (each
     * worker runs its own).
     */
    private static final ThreadLocal<Object[]> LAST_THROW_SITE = new ThreadLocal<>();

    public static Object takeThrowSite() {
        Object[] site = LAST_THROW_SITE.get();
        LAST_THROW_SITE.remove();
        return site;
    }

    private static Object[] throwSite(GraalJSException e) {
        com.oracle.truffle.api.source.SourceSection at;
        try {
            at = e.hasSourceLocation() ? e.getSourceLocationInterop() : null;
        } catch (com.oracle.truffle.api.interop.UnsupportedMessageException notLocated) {
            at = null;
        }
        if (at == null || !at.isAvailable()) {
            // A value the script threw: where the top guest frame was when it threw.
            at = null;
            for (com.oracle.truffle.api.TruffleStackTraceElement frame : com.oracle.truffle.api.TruffleStackTrace.getStackTrace(e)) {
                com.oracle.truffle.api.nodes.Node node = frame.getLocation();
                com.oracle.truffle.api.source.SourceSection section = node == null ? null : node.getEncapsulatingSourceSection();
                if (section != null && section.isAvailable()) {
                    at = section;
                    break;
                }
            }
            if (at == null) {
                return null;
            }
        }
        Source source = at.getSource();
        int line = at.getStartLine();
        // The column is the text's own: V8's message positions ignore a script's column offset.
        return new Object[] {Strings.fromJavaString(source.getName()), line(source, line), at.getStartColumn(),
            Strings.fromJavaString(source.getCharacters(line).toString())};
    }

    /** A host object handed back by JS: the VmContext inside it, or null. */
    private static VmContext hostContext(Object value) {
        TruffleLanguage.Env env = JSRealm.get(null).getEnv();
        if (env.isHostObject(value) && env.asHostObject(value) instanceof VmContext c) {
            return c;
        }
        return null;
    }
}
