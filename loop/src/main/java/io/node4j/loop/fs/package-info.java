/**
 * The file-system requests of the loop, libuv's {@code uv_fs_*}: {@link io.node4j.loop.fs.Fs} (one
 * static method per request: open/close/read/write, stat family, directories, links, permissions,
 * times, sync, truncate, copyfile, access), {@link io.node4j.loop.fs.FdTable} (POSIX-style descriptor
 * numbers over JDK channels), {@link io.node4j.loop.fs.Dir} (opendir), the result records
 * {@link io.node4j.loop.fs.Stats}, {@link io.node4j.loop.fs.StatFs} and {@link io.node4j.loop.fs.Dirent},
 * and Node's {@code fs.constants} for Linux in {@link io.node4j.loop.fs.FsConstants}.
 *
 * <p>Every operation is synchronous and blocking, and safe to call from any thread: the loop runs them
 * on its thread pool ({@code loop.queueWork(() -> Fs.stat(path), callback)}). The only shared mutable
 * state is the descriptor table, which is synchronised. Every failure is an
 * {@link io.node4j.loop.UvException} with Linux's errno, the syscall name Node reports and the path(s)
 * as given; no JDK exception escapes.
 *
 * <p>Gaps the JDK leaves (documented on the methods): st_blksize is reported as 4096 and st_blocks is
 * estimated from the size; statfs has no inode counts; descriptor operations without a JDK descriptor
 * form (fstat, fchmod, fchown, futimes) go by path: the opening path while it still names the same
 * inode, else the file's /proc/self/fd entry (found by dev/ino; without /proc they would act on the
 * opening path); creation modes carry only the 0777 bits (umask applied by the
 * kernel); O_APPEND together with read access or O_TRUNC is emulated by seeking to the end under a
 * per-descriptor lock (atomic within this process only); file names are converted through the JVM's
 * file-name encoding ({@code sun.jnu.encoding}, taken from the locale), so the JVM must run under a
 * UTF-8 locale (e.g. {@code LANG=C.UTF-8}): under the C locale a non-ASCII name is EINVAL, and bytes
 * that are not valid UTF-8 in an existing name are not preserved; relative paths resolve against the
 * JVM's working directory; and a pool thread interrupted during channel I/O closes that channel (the JDK's
 * ClosedByInterruptException), so the loop must not interrupt workers.
 */
package io.node4j.loop.fs;
