package io.node4j.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.js.runtime.Errors;
import com.oracle.truffle.js.runtime.JSException;
import com.oracle.truffle.js.runtime.JSRuntime;

/**
 * V8's wording for errors GraalJS words otherwise, called from the engine's own error factory (see
 * io.node4j.agent.EngineMessagesAgent, which redirects the engine's methods here). Public because the
 * engine's module calls it; not part of any API.
 */
public final class EngineMessages {
    private EngineMessages() {}

    /** {@code undefined.x}, {@code null[k]()}: "Cannot read properties of undefined (reading 'x')". */
    @TruffleBoundary
    public static JSException cannotGetProperty(Object key, Object object, boolean isMethod, Node node) {
        return Errors.createTypeError("Cannot read properties of " + JSRuntime.safeToString(object)
                + " (reading '" + JSRuntime.safeToString(key) + "')", node);
    }

    private static final java.lang.invoke.VarHandle ERROR_TYPE;

    static {
        try {
            ERROR_TYPE = java.lang.invoke.MethodHandles.privateLookupIn(JSException.class,
                    java.lang.invoke.MethodHandles.lookup()).findVarHandle(JSException.class, "type",
                    com.oracle.truffle.js.runtime.JSErrorType.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** JSON.parse refused {@code text}: the SyntaxError V8 would give (see {@link JsonErrors}), or {@code e}. */
    @TruffleBoundary
    public static RuntimeException jsonParseError(JSException e, com.oracle.truffle.api.strings.TruffleString text) {
        if (ERROR_TYPE.get(e) != com.oracle.truffle.js.runtime.JSErrorType.SyntaxError || text == null) {
            return e;
        }
        String message;
        try {
            message = JsonErrors.messageFor(text.toJavaStringUncached());
        } catch (StackOverflowError deep) {
            return e;
        }
        return message == null ? e : Errors.createSyntaxError(message);
    }

    /** {@code null.x = 1}: "Cannot set properties of null (setting 'x')". */
    @TruffleBoundary
    public static JSException cannotSetProperty(Object key, Object object, Node node) {
        return Errors.createTypeError("Cannot set properties of " + JSRuntime.safeToString(object)
                + " (setting '" + JSRuntime.safeToString(key) + "')", node);
    }
}
