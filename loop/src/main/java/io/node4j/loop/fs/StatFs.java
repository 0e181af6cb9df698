package io.node4j.loop.fs;

/**
 * The result of statfs, Node's {@code fs.StatFs}. {@code files} and {@code ffree} (inode counts) are
 * not available from the JDK and are reported as 0; {@code type} is the magic number of the file
 * system's name as the kernel would give it (0 for names this table does not know).
 */
public record StatFs(long type, long bsize, long blocks, long bfree, long bavail, long files, long ffree) {
}
