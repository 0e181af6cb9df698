package io.node4j.runtime.bindings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.graalvm.polyglot.HostAccess.Export;

/**
 * {@code internalBinding('modules')}: the file-system questions the module loader asks, answered
 * synchronously on the instance's thread (as Node's loader does). Paths are absolute: the loader
 * resolves them against the instance's working directory first.
 */
public final class ModulesBinding implements Binding {

    /** Answers of {@link #stat}: Node's internalModuleStat convention. */
    static final int FILE = 0;
    static final int DIRECTORY = 1;
    static final int MISSING = -2;

    @Override
    public String name() {
        return "modules";
    }

    /** 0 for a file, 1 for a directory, -2 when nothing is there (symlinks followed). */
    @Export
    public int stat(String path) {
        try {
            BasicFileAttributes a = Files.readAttributes(Path.of(path), BasicFileAttributes.class);
            return a.isDirectory() ? DIRECTORY : FILE;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return MISSING;
        }
    }

    /** A file's text as UTF-8, or null when it cannot be read. */
    @Export
    public String readFile(String path) {
        try {
            return new String(Files.readAllBytes(Path.of(path)), StandardCharsets.UTF_8);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** The path with every symlink resolved, or the path itself if it cannot be resolved. */
    @Export
    public String realpath(String path) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return path;
        }
    }

    /** True if the path is a symbolic link (not followed). */
    @Export
    public boolean isSymlink(String path) {
        try {
            return Files.readAttributes(Path.of(path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .isSymbolicLink();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
