package io.node4j.loop.fs;

/**
 * A directory entry: its name (no directory part) and its type, one of {@code FsConstants.UV_DIRENT_*}.
 */
public record Dirent(String name, int type) {
}
