package io.node4j.runtime;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

import io.node4j.runtime.bindings.AsyncWrapBinding;
import io.node4j.runtime.bindings.BuiltinsBinding;
import io.node4j.runtime.bindings.TaskQueueBinding;

/**
 * Every entry from the loop into JS (Node's MakeCallback). Node's order after each callback is: all
 * process.nextTick callbacks, then all promise jobs, repeated until both are empty; then unhandled
 * rejections are dealt with. GraalJS runs promise jobs only when the outermost host→JS call returns,
 * so the order is kept like this:
 * <ol>
 * <li>one outermost call runs the callback and then the nextTick queue (JS's {@code callbackTrampoline});
 * <li>returning, the engine runs the promise jobs those queued;
 * <li>while the JS side reports queued ticks or unreported rejections, another outermost call
 *     ({@code processTicksAndRejections}) runs them, and the engine again runs promise jobs.
 * </ol>
 * A callback that throws is an uncaught exception: handed to JS's {@code triggerUncaughtException}
 * with the place of the throw (for Node's "file:line / source / ^" header), then the queues drain as
 * after any callback.
 *
 * <p>The callback of a request or handle runs in the async context it was made in (Node's AsyncWrap
 * scope): bind it with {@link #bind} inside the binding call that makes it, and invoke the
 * {@link Bound}. The trampoline gets the scope's async ids ({@code 0, 0} for the bridge's own entries,
 * such as the timers phase, whose JS sets each timer's ids itself).
 */
public final class Callbacks {
    private static final Double NO_ID = 0.0;

    private final TaskQueueBinding taskQueue;
    private final AsyncWrapBinding asyncWrap;
    private Value trampoline;
    private Value processTicksAndRejections;
    private Value triggerUncaughtException;

    Callbacks(TaskQueueBinding taskQueue, AsyncWrapBinding asyncWrap) {
        this.taskQueue = taskQueue;
        this.asyncWrap = asyncWrap;
    }

    /** A JS callback with the async scope of the request or handle it belongs to. */
    public record Bound(Value fn, AsyncWrapBinding.Scope scope) {}

    /**
     * The callback of a request made now, bound to the async context running now (call inside the
     * binding call that makes the request); {@code type} is Node's provider name (FSREQCALLBACK...).
     */
    public Bound bind(Value fn, String type) {
        AsyncWrapBinding.Scope scope = asyncWrap.capture(type, true);
        asyncWrap.requestMade(scope, type, fn);
        return new Bound(fn, scope);
    }

    /** As {@link #bind}, triggered by the async resource {@code triggerAsyncId} (a request of a stream). */
    public Bound bind(Value fn, String type, double triggerAsyncId) {
        AsyncWrapBinding.Scope scope = asyncWrap.capture(type, true, null, triggerAsyncId);
        asyncWrap.requestMade(scope, type, fn);
        return new Bound(fn, scope);
    }

    /** As {@link #bind}, for the callback of a handle (called any number of times). */
    public Bound bindHandle(Value fn, String type) {
        return new Bound(fn, asyncWrap.capture(type, false));
    }

    /** The scope of a handle made now, whose callbacks lib/ gives later ({@code new Bound(fn, scope)}). */
    public AsyncWrapBinding.Scope capture(String type) {
        return asyncWrap.capture(type, false);
    }

    /** As {@link #capture(String)}, with the handle's JS object as the resource init hooks see. */
    public AsyncWrapBinding.Scope capture(String type, Value resource) {
        return asyncWrap.capture(type, false, resource);
    }

    /** Set once lib/ is bootstrapped: the three JS functions this class drives. */
    void install(Value trampoline, Value processTicksAndRejections, Value triggerUncaughtException) {
        this.trampoline = trampoline;
        this.processTicksAndRejections = processTicksAndRejections;
        this.triggerUncaughtException = triggerUncaughtException;
    }

    /** Calls {@code fn(args)} from the loop, then drains ticks, promise jobs and rejections. */
    public Value invoke(Value fn, Object... args) {
        Value result = call(NO_ID, NO_ID, false, null, fn, args);
        drain();
        return result;
    }

    /** As {@link #invoke(Value, Object...)}, in the async scope {@code fn} was bound to. */
    public Value invoke(Bound fn, Object... args) {
        AsyncWrapBinding.Scope scope = fn.scope();
        Object prior = asyncWrap.swapContext(scope.context());
        Value result;
        try {
            result = call(scope.asyncId(), scope.triggerAsyncId(), scope.request(), scope.resource(), fn.fn(),
                    args);
        } finally {
            asyncWrap.swapContext(prior);
        }
        try {
            drain();
        } finally {
            // As Node's ReqWrap, a request is listed until its callback and the queues after it are done.
            if (scope.request()) {
                asyncWrap.requestDone(scope);
            }
        }
        return result;
    }

    private Value call(Double asyncId, Double triggerAsyncId, boolean request, Value resource, Value fn,
                       Object[] args) {
        Object[] all = new Object[args.length + 5];
        all[0] = asyncId;
        all[1] = triggerAsyncId;
        all[2] = request;
        all[3] = resource;
        all[4] = fn;
        System.arraycopy(args, 0, all, 5, args.length);
        try {
            return trampoline.execute(all);
        } catch (PolyglotException e) {
            uncaught(e);
            return null;
        }
    }

    private void drain() {
        while (taskQueue.needsDrain()) {
            try {
                processTicksAndRejections.execute();
            } catch (PolyglotException e) {
                uncaught(e);
            }
        }
    }

    private void uncaught(PolyglotException e) {
        if (!e.isGuestException() || e.isCancelled() || e.isExit() || e.isInternalError()) {
            throw e;
        }
        SourceSection at = throwLocation(e);
        Value where = at == null ? null : Value.asValue(throwSite(at));
        try {
            triggerUncaughtException.execute(e.getGuestObject(), where);
        } catch (PolyglotException again) {
            // An 'uncaughtException' listener threw: Node ends the process (status 7); lib/ does it.
            if (!again.isGuestException() || again.isCancelled()) {
                throw again;
            }
            SourceSection againAt = throwLocation(again);
            triggerUncaughtException.execute(again.getGuestObject(),
                    againAt == null ? null : Value.asValue(throwSite(againAt)), true);
        }
    }

    /** Where the exception was thrown: its own location, else the top guest frame's. */
    private static SourceSection throwLocation(PolyglotException e) {
        SourceSection at = e.getSourceLocation();
        if (at != null && at.isAvailable()) {
            return at;
        }
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            SourceSection s = frame.getSourceLocation();
            if (frame.isGuestFrame() && s != null && s.isAvailable()) {
                return s;
            }
        }
        return null;
    }

    /** The throw site as the user wrote it: line 1 of a CommonJS module loses the wrapper's head. */
    private static ThrowSite throwSite(SourceSection at) {
        String line = at.getSource().getCharacters(at.getStartLine()).toString();
        int column = at.getStartColumn();
        int head = at.getStartLine() == 1 ? BuiltinsBinding.moduleWrapperHeadLength(line) : 0;
        String file = at.getSource().getName();
        if (EngineInternals.isModuleSource(at.getSource()) && at.getSource().getPath() != null) {
            file = EngineInternals.moduleUrl(at.getSource().getPath()); // as V8 names a module for Node
        }
        com.oracle.truffle.api.source.Source truffleSource = EngineInternals.truffleSource(at.getSource());
        // A vm script's line offset moves the line; the column is the text's own, as in V8's message.
        return new ThrowSite(file, VmInternals.line(truffleSource, at.getStartLine()), column - head,
                line.substring(head));
    }

    /** Where an uncaught exception was thrown, for the header Node prints above the stack. */
    public static final class ThrowSite {
        @org.graalvm.polyglot.HostAccess.Export public final String file;
        @org.graalvm.polyglot.HostAccess.Export public final int line;
        @org.graalvm.polyglot.HostAccess.Export public final int column;
        @org.graalvm.polyglot.HostAccess.Export public final String sourceLine;

        ThrowSite(String file, int line, int column, String sourceLine) {
            this.file = file;
            this.line = line;
            this.column = column;
            this.sourceLine = sourceLine;
        }
    }
}
