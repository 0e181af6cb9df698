package io.node4j.runtime.bindings;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.runtime.EngineInternals;

/**
 * {@code internalBinding('async_wrap')}: the async context of the callbacks a request or handle gets
 * from the loop (Node's AsyncWrap). When lib/ makes a request (a pool job, a query, a lock request)
 * or a handle (a child's pipes, a port, a signal watcher), the binding {@link #capture captures}
 * three things while the JS that made it is still running:
 * <ul>
 * <li>the engine's async context mapping (GraalJS's TC39 AsyncContext, which promise jobs capture too;
 *     lib/ keeps Node's AsyncContextFrame in it, so AsyncLocalStorage stores reach the callback);
 * <li>a new async id from the counter lib/ shares with this class;
 * <li>the trigger id: the default trigger id when lib/ set one, else the current execution id.
 * </ul>
 * {@link io.node4j.runtime.Callbacks} enters that scope around the callback. The counters are doubles
 * of a byte array both sides see (a Float64Array in lib/internal/async_hooks.js): JS updates the
 * current ids on every timer, immediate and tick, so a host call there would cost more than the
 * callback.
 */
public final class AsyncWrapBinding implements Binding {
    // The shared doubles, in lib/internal/async_hooks.js's order.
    private static final int EXECUTION_ASYNC_ID = 0;
    private static final int TRIGGER_ASYNC_ID = 1;
    private static final int ASYNC_ID_COUNTER = 2;
    private static final int DEFAULT_TRIGGER_ASYNC_ID = 3;
    /** How many enabled hooks have an init callback (async_hooks.createHook). */
    private static final int INIT_HOOKS = 4;
    private static final int FIELD_COUNT = 5;
    private static final VarHandle DOUBLES = MethodHandles.byteArrayViewVarHandle(double[].class,
            ByteOrder.nativeOrder());

    private final byte[] fields = new byte[FIELD_COUNT * Double.BYTES];
    /**
     * The requests in flight that Node counts as ReqWraps, by async id, oldest first: each is
     * {name getActiveResourcesInfo() shows, class name of the object _getActiveRequests() shows, callback}.
     */
    private final java.util.LinkedHashMap<Double, Object[]> pendingRequests = new java.util.LinkedHashMap<>();
    private Object agent;
    private Value emitInit;

    /**
     * What a request or handle captured when lib/ made it. A request is over after its callback
     * (destroy hooks are told); a handle's callbacks may come many times. {@code resource} is the
     * object init hooks were given, or the handle's own JS object (null when neither): what
     * executionAsyncResource() gives in the callbacks.
     */
    public record Scope(Object context, double asyncId, double triggerAsyncId, boolean request, Value resource) {}

    public AsyncWrapBinding() {
        set(ASYNC_ID_COUNTER, 1); // the main script's execution id is 1; the first new id is 2
        set(DEFAULT_TRIGGER_ASYNC_ID, -1);
    }

    @Override
    public String name() {
        return "async_wrap";
    }

    /** The shared doubles as an ArrayBuffer over the same bytes (lib/ views them as a Float64Array). */
    @Export
    public Object fields() {
        return EngineInternals.newArrayBuffer(fields);
    }

    /** The engine's AsyncContext.Variable class; the AsyncContext global is gone once this returns. */
    @Export
    public Object takeContextVariableClass() {
        return EngineInternals.takeAsyncContextVariableConstructor();
    }

    /**
     * Called once at bootstrap: {@code emitInit(asyncId, type, triggerAsyncId, resource) → resource} for
     * hooks ({@code resource} null unless the binding has a JS object for it).
     */
    @Export
    public void setup(Value emitInit) {
        this.emitInit = emitInit;
        this.agent = EngineInternals.agent();
    }

    /**
     * Sets {@code variable} (an AsyncContext.Variable of lib/) to {@code value} for the rest of the
     * current execution: Node's AsyncContextFrame.set, which AsyncLocalStorage.enterWith needs (the
     * engine's own API only sets a variable for the length of a call).
     */
    @Export
    public void setContextVariable(Value variable, Value value) {
        EngineInternals.setAsyncContextVariable(variable, value);
    }

    /**
     * The scope of a request or handle lib/ is making now (call inside the binding call that makes
     * it); {@code type} is Node's provider name, for init hooks.
     */
    public Scope capture(String type, boolean request) {
        return capture(type, request, null);
    }

    /**
     * As {@link #capture(String, boolean)}, with the object init hooks see as the resource (a handle's
     * JS object, as Node gives its TCP and Pipe handles); null lets lib/ make a plain one.
     */
    public Scope capture(String type, boolean request, Value resourceObject) {
        return capture(type, request, resourceObject, -1);
    }

    /**
     * As {@link #capture(String, boolean, Value)}, triggered by {@code triggerAsyncId} (a stream's
     * write and shutdown requests are triggered by the stream, as in Node); negative: the usual rule.
     */
    public Scope capture(String type, boolean request, Value resourceObject, double triggerAsyncId) {
        double asyncId = get(ASYNC_ID_COUNTER) + 1;
        set(ASYNC_ID_COUNTER, asyncId);
        double trigger = triggerAsyncId >= 0 ? triggerAsyncId : get(DEFAULT_TRIGGER_ASYNC_ID);
        if (trigger < 0) {
            trigger = get(EXECUTION_ASYNC_ID);
        }
        Value resource = resourceObject;
        if (get(INIT_HOOKS) > 0 && emitInit != null) {
            resource = emitInit.execute(asyncId, type, trigger, resourceObject);
        }
        return new Scope(EngineInternals.asyncContext(agent), asyncId, trigger, request, resource);
    }

    /**
     * Notes a request made now (its scope from {@link #capture}) as in flight, when Node has a ReqWrap
     * for its type; {@link #requestDone} ends it. DNS queries, crypto and zlib jobs are AsyncWraps
     * but not ReqWraps in Node, so process.getActiveResourcesInfo() leaves them out there and here.
     */
    public void requestMade(Scope scope, String type, Value callback) {
        String[] names = switch (type) {
            case "FSREQCALLBACK" -> new String[] {"FSReqCallback", "FSReqCallback"};
            case "FSREQPROMISE" -> new String[] {"FSReqPromise", "FSReqPromise"};
            case "GETADDRINFOREQWRAP" -> new String[] {"GetAddrInfoReqWrap", "GetAddrInfoReqWrap"};
            case "GETNAMEINFOREQWRAP" -> new String[] {"GetNameInfoReqWrap", "GetNameInfoReqWrap"};
            case "WRITEWRAP" -> new String[] {"SimpleWriteWrap", "WriteWrap"};
            case "SHUTDOWNWRAP" -> new String[] {"SimpleShutdownWrap", "ShutdownWrap"};
            case "TCPCONNECTWRAP", "PIPECONNECTWRAP" -> new String[] {"ConnectWrap", "ConnectWrap"};
            default -> null;
        };
        if (names != null) {
            pendingRequests.put(scope.asyncId(), new Object[] {names[0], names[1], callback});
        }
    }

    /** The request's callback has run (and the queues after it): it is no longer in flight. */
    public void requestDone(Scope scope) {
        pendingRequests.remove(scope.asyncId());
    }

    /** The requests in flight, oldest first, flat: name, class name, callback, name, ... */
    @Export
    public Object[] activeRequests() {
        Object[] flat = new Object[pendingRequests.size() * 3];
        int i = 0;
        for (Object[] request : pendingRequests.values()) {
            System.arraycopy(request, 0, flat, i, 3);
            i += 3;
        }
        return flat;
    }

    /**
     * Makes an async context lib/ was handed (opaque: a rejection's) current; returns the one it
     * replaced, for lib/ to put back the same way.
     */
    @Export
    public Object enterContext(Value context) {
        return swapContext(context.asHostObject());
    }

    /** Makes {@code context} the engine's current async context and returns the one it replaced. */
    public Object swapContext(Object context) {
        return EngineInternals.swapAsyncContext(agent, context);
    }

    private double get(int field) {
        return (double) DOUBLES.get(fields, field * Double.BYTES);
    }

    private void set(int field, double value) {
        DOUBLES.set(fields, field * Double.BYTES, value);
    }
}
