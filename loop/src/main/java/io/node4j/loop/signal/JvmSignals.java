package io.node4j.loop.signal;

import io.node4j.loop.Errno;
import io.node4j.loop.UvException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The bridge to the JVM's signal API, {@code sun.misc.Signal} (module {@code jdk.unsupported}).
 * It is reached by reflection only so that javac's "internal proprietary API" warnings, which no
 * annotation can suppress, stay out of the build; the API is public and exported, so no flag is needed.
 *
 * <p>The JVM runs a Java signal handler on a new thread ("SIGxxx handler") after the signal arrives.
 */
final class JvmSignals {
    private static final Class<?> HANDLER;
    private static final Constructor<?> NEW_SIGNAL;
    private static final Method HANDLE;
    /** {@code SignalHandler.SIG_DFL}: the handler value meaning "the OS default action". */
    static final Object SIG_DFL;
    /** {@code SignalHandler.SIG_IGN}. */
    static final Object SIG_IGN;

    static {
        Class<?> handler = null;
        Constructor<?> newSignal = null;
        Method handle = null;
        Object dfl = null;
        Object ign = null;
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            handler = Class.forName("sun.misc.SignalHandler");
            newSignal = signal.getConstructor(String.class);
            handle = signal.getMethod("handle", signal, handler);
            dfl = handler.getField("SIG_DFL").get(null);
            ign = handler.getField("SIG_IGN").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            handle = null; // a runtime image without jdk.unsupported: no signal handling (ENOSYS)
        }
        HANDLER = handler;
        NEW_SIGNAL = newSignal;
        HANDLE = handle;
        SIG_DFL = dfl;
        SIG_IGN = ign;
    }

    private JvmSignals() {
    }

    /**
     * Installs a Java handler that runs {@code onSignal} (on the JVM's signal thread) for {@code signum}.
     *
     * @return the handler it replaced, to give back to {@link #exchange} later
     * @throws UvException EINVAL if the JVM has no name for the signal or keeps it for itself; ENOSYS if
     *     the runtime image lacks module {@code jdk.unsupported}
     */
    static Object install(int signum, Runnable onSignal) {
        if (HANDLE == null) {
            throw new UvException(Errno.ENOSYS, "uv_signal_start");
        }
        Object handler = Proxy.newProxyInstance(JvmSignals.class.getClassLoader(), new Class<?>[] {HANDLER},
                (proxy, method, args) -> switch (method.getName()) {
                    case "handle" -> {
                        onSignal.run();
                        yield null;
                    }
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "node4j handler for " + Signals.name(signum);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return exchange(signum, handler);
    }

    /** Sets the handler of {@code signum} to {@code handler} (one returned earlier, or a constant) and returns the old one. */
    static Object exchange(int signum, Object handler) {
        String name = Signals.name(signum);
        if (name == null) {
            throw new UvException(Errno.EINVAL, "uv_signal_start");
        }
        try {
            Object signal = NEW_SIGNAL.newInstance(name.substring(3));
            return HANDLE.invoke(null, signal, handler);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException) { // unknown, or "already used by VM or OS"
                throw new UvException(Errno.EINVAL, "uv_signal_start");
            }
            throw new IllegalStateException("sun.misc.Signal.handle failed for " + name, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("sun.misc.Signal.handle unavailable", e);
        }
    }
}
