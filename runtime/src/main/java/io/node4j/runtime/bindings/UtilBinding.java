package io.node4j.runtime.bindings;

import io.node4j.loop.Errno;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('util')}: what JS cannot ask the engine itself. A promise's state and a
 * proxy's target and handler come from GraalJS's internals ({@link io.node4j.runtime.EngineInternals});
 * inspect.js also probes for previewEntries, which is not provided (docs/compat.md).
 */
public final class UtilBinding implements Binding {

    @Override
    public String name() {
        return "util";
    }

    /**
     * Source-mapped stack traces: {@code hook(text, frames)} rewrites each error's stack while set
     * (null turns it off); see {@link io.node4j.runtime.EngineInternals#setStackTraceHook}.
     */
    @Export
    public void setStackTraceHook(Value hook) {
        io.node4j.runtime.EngineInternals.setStackTraceHook(hook);
    }

    /**
     * True for a JS Proxy, revoked ones included. The engine's meta object of a proxy is named
     * "Proxy" and cannot be instantiated; a user class named Proxy can be (measured). A vm context's
     * global object is not one (Node's is an object with interceptors).
     */
    @Export
    public boolean isProxy(Value value) {
        if (value == null || value.isNull()) {
            return false;
        }
        Value meta = value.getMetaObject();
        return meta != null && "Proxy".equals(meta.getMetaSimpleName()) && !meta.canInstantiate()
                && !io.node4j.runtime.VmInternals.isContextGlobal(value);
    }

    /** [state, result] of a promise for util.inspect (0 pending, 1 fulfilled, 2 rejected); else null. */
    @Export
    public Object getPromiseDetails(Value value) {
        return io.node4j.runtime.EngineInternals.promiseDetails(value);
    }

    /** [entries, isKeyValue] of a Map/Set iterator or weak collection for util.inspect; else null. */
    @Export
    public Object previewEntries(Value value, boolean isIterator) {
        return io.node4j.runtime.EngineInternals.previewEntries(value, isIterator);
    }

    /** A proxy's [target, handler] (nulls when revoked); null when {@code value} is not a proxy. */
    @Export
    public Object getProxyDetails(Value value, boolean withHandler) {
        return io.node4j.runtime.EngineInternals.proxyDetails(value);
    }

    /**
     * The errno names in the order of libuv's UV_ERRNO_MAP, which is the order of Node's
     * util.getSystemErrorMap(); numbers and messages come from {@link Errno}.
     */
    private static final String[] LIBUV_ORDER = {
        "E2BIG", "EACCES", "EADDRINUSE", "EADDRNOTAVAIL", "EAFNOSUPPORT", "EAGAIN", "EAI_ADDRFAMILY",
        "EAI_AGAIN", "EAI_BADFLAGS", "EAI_BADHINTS", "EAI_CANCELED", "EAI_FAIL", "EAI_FAMILY", "EAI_MEMORY",
        "EAI_NODATA", "EAI_NONAME", "EAI_OVERFLOW", "EAI_PROTOCOL", "EAI_SERVICE", "EAI_SOCKTYPE", "EALREADY",
        "EBADF", "EBUSY", "ECANCELED", "ECHARSET", "ECONNABORTED", "ECONNREFUSED", "ECONNRESET",
        "EDESTADDRREQ", "EEXIST", "EFAULT", "EFBIG", "EHOSTUNREACH", "EINTR", "EINVAL", "EIO", "EISCONN",
        "EISDIR", "ELOOP", "EMFILE", "EMSGSIZE", "ENAMETOOLONG", "ENETDOWN", "ENETUNREACH", "ENFILE",
        "ENOBUFS", "ENODEV", "ENOENT", "ENOMEM", "ENONET", "ENOPROTOOPT", "ENOSPC", "ENOSYS", "ENOTCONN",
        "ENOTDIR", "ENOTEMPTY", "ENOTSOCK", "ENOTSUP", "EOVERFLOW", "EPERM", "EPIPE", "EPROTO",
        "EPROTONOSUPPORT", "EPROTOTYPE", "ERANGE", "EROFS", "ESHUTDOWN", "ESPIPE", "ESRCH", "ETIMEDOUT",
        "ETXTBSY", "EXDEV", "UNKNOWN", "EOF", "ENXIO", "EMLINK", "EHOSTDOWN", "EREMOTEIO", "ENOTTY",
        "EFTYPE", "EILSEQ", "ESOCKTNOSUPPORT", "ENODATA", "EUNATCH", "ENOEXEC",
    };

    /**
     * "errno TAB name TAB message" per error, in libuv's order: what util.getSystemErrorMap() is
     * built from.
     */
    @Export
    public String[] errnoTable() {
        String[] table = new String[LIBUV_ORDER.length];
        for (int i = 0; i < table.length; i++) {
            Errno e = Errno.valueOf(LIBUV_ORDER[i]);
            table[i] = e.code() + "\t" + LIBUV_ORDER[i] + "\t" + e.message();
        }
        return table;
    }
}
