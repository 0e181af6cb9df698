package io.node4j.runtime.esm;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The file system GraalJS's module loader sees. Import requests are resolved before they get here:
 * {@link ModuleRequests} hands each one (specifier as written, importer, attributes) to lib/'s
 * {@code resolve}, which answers with the file to load or a virtual path ({@link #VIRTUAL_ROOT}) of a
 * module lib/ generates (built-in and CommonJS facades, URL modules, modules that throw a resolution
 * error, since an exception thrown here would reach JS only as a plain Error). Those answers are
 * final: asked to parse or canonicalize one again, this gives it back as it is. What still reaches
 * lib/ through here, as {@code resolve(path, referrer)}, is the engine canonicalizing a path lib/ did
 * not give (a CommonJS file's Source); the referrer is then the module the engine last parsed (an -e
 * script has none: the working directory stands in). {@code load(path)} gives the text to compile,
 * or null for the file as it is. What the engine asks, measured on GraalJS 25.0.1: it parses an
 * importer's path before resolving against it, resolves relative specifiers with
 * {@code Path.resolveSibling}, and names a module by {@code toRealPath}.
 */
public final class EsmFileSystem implements FileSystem {
    /** Paths of modules that exist only as text lib/ generates. */
    public static final String VIRTUAL_ROOT = "/node4j:esm/";

    private final FileSystem files = FileSystem.newDefaultFileSystem();
    private final String cwd;
    private Value resolver;
    private Value loader;
    private Value vmResolver;
    /** The module whose specifiers the loader is resolving: the last absolute path it parsed. */
    private String referrer;
    /**
     * Paths lib/ resolved import requests to ({@link ModuleRequests}): final, so the engine's later
     * questions about them (canonicalizing one again) need not reach lib/.
     */
    private final Set<String> finalPaths = new java.util.HashSet<>();

    public EsmFileSystem(String cwd) {
        this.cwd = cwd;
    }

    /**
     * Set by lib/ at bootstrap: {@code resolve(specifier, referrer, attributes) → path},
     * {@code load(path) → text|null}. From then on the Context's import requests are resolved by
     * {@link ModuleRequests}, which is installed here (this runs on the Context's thread).
     */
    void install(Value resolve, Value load, Value resolveVm) {
        this.resolver = resolve;
        this.loader = load;
        this.vmResolver = resolveVm;
        ModuleRequests.install(this);
    }

    /**
     * The path lib/ resolves import() in code node:vm compiled to: {@code policy} is the code's
     * importModuleDynamically (lib/internal/vm/imports.js), {@code filename} the name it was compiled
     * under.
     */
    String resolveVmRequest(String specifier, int policy, String filename, String attributes) {
        return vmResolver.execute(specifier, policy, filename, attributes).asString();
    }

    /**
     * The path lib/ resolves an import request to: {@code specifier} as written in {@code from} (a
     * module's path; null for code without one, such as -e, resolved from the working directory),
     * with its import attributes as "key\0value\0" pairs.
     */
    String resolveRequest(String specifier, String from, String attributes) {
        return resolver.execute(specifier, from == null ? cwd + "/[eval]" : from, attributes).asString();
    }

    /** Runs the engine's loading of {@code path}, which it must take as it is. */
    <T> T withFinalPath(String path, java.util.function.Supplier<T> load) {
        finalPaths.add(path);
        return load.get();
    }

    private Path resolve(String specifier, String from) {
        if (resolver == null) {
            return files.parsePath(specifier);
        }
        return files.parsePath(resolver.execute(specifier, from).asString());
    }

    @Override
    public Path parsePath(URI uri) {
        // lib/ resolves file: URLs with a query, a fragment or an escaped separator (Node's errors).
        if ("file".equals(uri.getScheme()) && uri.getRawQuery() == null && uri.getRawFragment() == null
                && !uri.getRawPath().matches("(?i).*%(2f|5c).*")) {
            return files.parsePath(uri);
        }
        return resolve(uri.toString(), referrer);
    }

    @Override
    public Path parsePath(String path) {
        if (path.isEmpty() || finalPaths.contains(path)) {
            return files.parsePath(path);
        }
        if (path.startsWith("/")) {
            if (!path.startsWith(VIRTUAL_ROOT)) {
                referrer = path;
            }
            return files.parsePath(path);
        }
        boolean relative = path.startsWith("./") || path.startsWith("../") || path.equals(".")
                || path.equals("..");
        // Relative specifiers arrive verbatim only from a script without a path: -e, resolved from cwd.
        return resolve(path, relative || referrer == null ? cwd + "/[eval]" : referrer);
    }

    private static boolean isVirtual(Path path) {
        return path.toString().startsWith(VIRTUAL_ROOT);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) {
        // Every module "exists": a missing one becomes, in toRealPath, a module that throws Node's error.
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        String name = path.toString();
        if (finalPaths.contains(name)) {
            return path;
        }
        if (isVirtual(path) || !path.isAbsolute()) {
            return path;
        }
        // An absolute specifier that was itself the last path parsed came from a script without a
        // path (-e): the engine parsed no importer before it.
        String specifier = path.toString();
        return resolve(specifier, specifier.equals(referrer) ? cwd + "/[eval]" : referrer);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.isAbsolute() ? path : files.parsePath(cwd).resolve(path);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
                                              FileAttribute<?>... attrs) throws IOException {
        Value text = loader == null ? null : loader.execute(path.toString());
        if (text == null || text.isNull()) {
            return files.newByteChannel(path, options, attrs);
        }
        return new ReadOnlyChannel(text.asString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
            throws IOException {
        return files.readAttributes(path, attributes, options);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        throw new IOException("read-only: " + dir);
    }

    @Override
    public void delete(Path path) throws IOException {
        throw new IOException("read-only: " + path);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        return files.newDirectoryStream(dir, filter);
    }

    /**
     * A module imported with a ?query or #fragment (kept in its path, see lib/'s loader) has the type
     * of its file: a JSON file stays JSON for {@code with { type: 'json' }}.
     */
    @Override
    public String getMimeType(Path path) {
        String name = path.toString();
        int cut = name.indexOf('?');
        int hash = name.indexOf('#');
        if (hash != -1 && (cut == -1 || hash < cut)) {
            cut = hash;
        }
        if (cut != -1 && name.substring(0, cut).endsWith(".json")) {
            return "application/json";
        }
        return files.getMimeType(path);
    }

    /** A module's generated text, as the loader reads it. */
    private static final class ReadOnlyChannel implements SeekableByteChannel {
        private final byte[] bytes;
        private int position;
        private boolean open = true;

        ReadOnlyChannel(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (position >= bytes.length) {
                return -1;
            }
            int n = Math.min(dst.remaining(), bytes.length - position);
            dst.put(bytes, position, n);
            position += n;
            return n;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = (int) Math.min(newPosition, bytes.length);
            return this;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
