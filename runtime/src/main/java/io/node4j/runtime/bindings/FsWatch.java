package io.node4j.runtime.bindings;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.loop.Async;
import io.node4j.loop.Errno;
import io.node4j.loop.Loop;
import io.node4j.loop.UvException;
import io.node4j.runtime.Callbacks;

/**
 * One fs.watch: Node's FSEvent handle over the JDK's WatchService (inotify on Linux). A directory is
 * watched itself (and, recursive, every directory under it, new ones as they appear); a file through
 * its directory, keeping only its own events. A watcher thread takes the JDK's events and queues them;
 * an {@link Async} on the loop hands each to JS as {@code onEvent(eventType, filename)}: 'rename' for
 * a name appearing or disappearing, 'change' for a content or attribute change. The async is the
 * handle: ref'd unless the watch is not persistent, closed by {@link #close}.
 */
public final class FsWatch {
    private final WatchService service;
    private final Async async;
    private final Callbacks callbacks;
    private final Callbacks.Bound onEvent;
    /** For a watched file: its name in its directory; null when a directory is watched. */
    private final String fileName;
    private final Path root;
    private final boolean recursive;
    private final Map<WatchKey, Path> dirs = new ConcurrentHashMap<>();
    private final Queue<String[]> events = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    private FsWatch(Loop loop, Callbacks callbacks, Value onEvent, Path target, boolean recursive)
            throws IOException {
        this.callbacks = callbacks;
        this.onEvent = callbacks.bindHandle(onEvent, "FSEVENTWRAP");
        this.recursive = recursive;
        boolean directory = Files.isDirectory(target);
        this.fileName = directory ? null : target.getFileName().toString();
        this.root = directory ? target : target.toAbsolutePath().getParent();
        this.service = FileSystems.getDefault().newWatchService();
        this.async = new Async(loop, this::deliver);
        register(root);
        if (directory && recursive) {
            try (Stream<Path> all = Files.walk(root)) {
                all.filter(p -> !p.equals(root) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                        .forEach(this::registerQuietly);
            }
        }
        Thread.ofPlatform().daemon(true).name("node4j-fs-watch").start(this::take);
    }

    /** Starts watching {@code path} (absolute), or fails as Node's watch does (ENOENT...). */
    static FsWatch start(Loop loop, Callbacks callbacks, Value onEvent, String path, String given,
                         boolean recursive) {
        Path target = Path.of(path);
        if (!Files.exists(target)) {
            throw new UvException(Errno.ENOENT, "watch", given);
        }
        try {
            return new FsWatch(loop, callbacks, onEvent, target, recursive);
        } catch (IOException e) {
            throw new UvException(Errno.EACCES, "watch", given);
        }
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
        dirs.put(key, dir);
    }

    private void registerQuietly(Path dir) {
        try {
            register(dir);
        } catch (IOException e) {
            // gone or unreadable meanwhile: nothing to watch there
        }
    }

    /** The watcher thread: the JDK's events, as (eventType, filename) pairs for the loop. */
    private void take() {
        try {
            while (!closed) {
                WatchKey key = service.take();
                Path dir = dirs.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (dir != null && event.context() instanceof Path name) {
                        queue(dir, name, event);
                    }
                }
                if (!key.reset()) {
                    dirs.remove(key);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed
        }
    }

    private void queue(Path dir, Path name, WatchEvent<?> event) {
        String type = event.kind() == StandardWatchEventKinds.ENTRY_MODIFY ? "change" : "rename";
        Path full = dir.resolve(name);
        String filename;
        if (fileName != null) {
            if (!name.toString().equals(fileName)) {
                return;
            }
            filename = fileName;
        } else {
            filename = root.relativize(full).toString();
        }
        if (recursive && event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                && Files.isDirectory(full, LinkOption.NOFOLLOW_LINKS)) {
            registerQuietly(full);
        }
        // The JDK folds repeats of one event into one with a count; inotify (and Node) has them all.
        for (int i = 0; i < event.count(); i++) {
            events.add(new String[] {type, filename});
        }
        async.send();
    }

    /** On the loop thread: each queued event to JS. */
    private void deliver() {
        for (String[] e = events.poll(); e != null && !closed; e = events.poll()) {
            callbacks.invoke(onEvent, e[0], e[1]);
        }
    }

    @Export
    public void ref() {
        if (!closed) {
            async.ref();
        }
    }

    @Export
    public void unref() {
        if (!closed) {
            async.unref();
        }
    }

    /** Whether the watcher keeps the loop alive (process.getActiveResourcesInfo() lists it then). */
    @Export
    public boolean hasRef() {
        return async.hasRef();
    }

    /** Stops watching; the handle closes in this iteration's close phase. */
    @Export
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        async.close(null);
    }
}
