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

    private static final java.util.regex.Pattern NOT_EXTENSIBLE =
            java.util.regex.Pattern.compile("Cannot add new property \"(.*)\" to non-extensible .*", java.util.regex.Pattern.DOTALL);

    /** A TypeError's message in V8's words where the engine's differ and the text alone says which. */
    public static String typeErrorMessage(String message) {
        if (message == null) {
            return null;
        }
        if (message.startsWith("Cannot convert undefined or null to object: ")) {
            return "Cannot convert undefined or null to object";
        }
        if (message.startsWith("Cannot add new property \"")) {
            java.util.regex.Matcher m = NOT_EXTENSIBLE.matcher(message);
            if (m.matches()) {
                return "Cannot add property " + m.group(1) + ", object is not extensible";
            }
        }
        if (message.startsWith("Cannot read private member ") || message.startsWith("Cannot write private member ")) {
            return message.endsWith("did not declare it.") ? message.substring(0, message.length() - 1) : message;
        }
        return switch (message) {
            case "cannot construct a Symbol" -> "Symbol is not a constructor";
            default -> message;
        };
    }

    /** A RangeError's message in V8's words (see {@link #typeErrorMessage}). */
    public static String rangeErrorMessage(String message) {
        if (message == null) {
            return null;
        }
        if (message.startsWith("Language tag is not well-formed: ")) {
            return "Incorrect locale information provided";
        }
        return switch (message) {
            case "toFixed() fraction digits need to be in range 0-100" -> "toFixed() digits argument must be between 0 and 100";
            case "toExponential() fraction digits need to be in range 0-100" -> "toExponential() argument must be between 0 and 100";
            case "toString() expects radix in range 2-36" -> "toString() radix argument must be between 2 and 36";
            case "time value is not a finite number" -> "Invalid time value";
            default -> message;
        };
    }

    /** A SyntaxError's message (not the parser's: lib/internal/syntax_errors.js words those). */
    public static String syntaxErrorMessage(String message) {
        if (message != null && message.startsWith("Cannot convert ") && message.endsWith(" to a BigInt.")) {
            return message.substring(0, message.length() - 1);
        }
        return message;
    }

    /** V8 has one URIError message. */
    public static String uriErrorMessage(String message) {
        return "URI malformed";
    }

    /** {@code undefined.x}, {@code null[k]()}: "Cannot read properties of undefined (reading 'x')". */
    @TruffleBoundary
    public static JSException cannotGetProperty(Object key, Object object, boolean isMethod, Node node) {
        return Errors.createTypeError("Cannot read properties of " + JSRuntime.safeToString(object)
                + " (reading '" + JSRuntime.safeToString(key) + "')", node);
    }

    /**
     * The engine's nodes that report a binding read, written or counted before its declaration ran
     * (the temporal dead zone) with its "not defined" error; V8 says "Cannot access 'x' before
     * initialization" there.
     */
    private static final java.util.Set<String> DEAD_ZONE_NODES = java.util.Set.of(
            "JSReadCurrentFrameSlotNode", "JSReadScopeFrameSlotNode", "LocalVarPrefixIncNode",
            "LocalVarPostfixIncNode", "GlobalScopeTDZCheckNode", "TemporalDeadZoneCheckNode",
            "ReadImportBindingNode", "GlobalScopeLookupNode");

    /** {@code x} undeclared: "x is not defined"; read in its dead zone: "Cannot access 'x' before initialization". */
    @TruffleBoundary
    public static JSException notDefined(Object key, Node node) {
        String name = JSRuntime.safeToString(key).toString();
        for (Class<?> c = node == null ? null : node.getClass(); c != null && c != Node.class; c = c.getSuperclass()) {
            if (DEAD_ZONE_NODES.contains(c.getSimpleName())) {
                return Errors.createReferenceError("Cannot access '" + name + "' before initialization", node);
            }
        }
        return Errors.createReferenceError(name + " is not defined", node);
    }

    /** {@code const c = 1; c = 2}: V8 names no variable. */
    @TruffleBoundary
    public static JSException constReassignment(Object name, Node node) {
        return Errors.createTypeError("Assignment to constant variable.", node);
    }

    /** {@code x instanceof 5} / {@code x instanceof {}}. */
    @TruffleBoundary
    public static JSException invalidInstanceofTarget(Object target, Node node) {
        return Errors.createTypeError(JSRuntime.isObject(target) || JSRuntime.isForeignObject(target)
                ? "Right-hand side of 'instanceof' is not callable"
                : "Right-hand side of 'instanceof' is not an object", node);
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
