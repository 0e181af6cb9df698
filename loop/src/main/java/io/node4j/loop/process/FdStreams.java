package io.node4j.loop.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Blocking streams over a raw pipe descriptor of ours (the parent's end of a child's stdio), read and
 * written with read(2)/write(2) by the one thread that drives each ({@link ChildOutput}'s reader,
 * {@link ChildInput}'s writer).
 *
 * <p>Closing while that thread is blocked in read(2) must not close the descriptor under it: the
 * number could be reused by another open and the blocked read would then consume someone else's data.
 * So {@code close()} during a call only marks the stream, and the call closes the descriptor when it
 * returns. On a socket (an IPC channel) close first shuts the socket down in the stream's direction:
 * that wakes a blocked read at once, and lets the peer see the end although the other direction's
 * descriptor still holds the socket open. On a pipe that is a no-op (ENOTSOCK): a blocked read there
 * ends when the child writes or exits.
 */
final class FdStreams {
    private FdStreams() {
    }

    /** Shared close-once logic: the descriptor is closed exactly once, never during a call. */
    private static final class Fd {
        private final Libc libc;
        private final int fd;
        private boolean inCall;
        private boolean closeRequested;
        private boolean closed;

        Fd(Libc libc, int fd) {
            this.libc = libc;
            this.fd = fd;
        }

        /** The descriptor for one call, or -1 once closed. */
        synchronized int enter() {
            if (closed || closeRequested) {
                return -1;
            }
            inCall = true;
            return fd;
        }

        void exit() {
            boolean closeNow;
            synchronized (this) {
                inCall = false;
                closeNow = closeRequested && !closed;
                closed |= closeNow;
            }
            if (closeNow) {
                libc.closeQuietly(fd);
            }
        }

        void close(int shutdownHow) {
            libc.shutdownQuietly(fd, shutdownHow);
            boolean closeNow;
            synchronized (this) {
                closeRequested = true;
                closeNow = !inCall && !closed;
                closed |= closeNow;
            }
            if (closeNow) {
                libc.closeQuietly(fd);
            }
        }
    }

    static InputStream input(Libc libc, int fd) {
        return new FdInput(new Fd(libc, fd), libc);
    }

    static OutputStream output(Libc libc, int fd) {
        return new FdOutput(new Fd(libc, fd), libc);
    }

    private static final class FdInput extends InputStream {
        private final Fd fd;
        private final Libc libc;

        FdInput(Fd fd, Libc libc) {
            this.fd = fd;
            this.libc = libc;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int descriptor = fd.enter();
            if (descriptor < 0) {
                return -1; // closed: the reader sees an end
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buf = arena.allocate(len);
                MemorySegment state = libc.errnoState(arena);
                while (true) {
                    long n = (long) libc.read.invokeExact(state, descriptor, buf, (long) len);
                    if (n >= 0) {
                        if (n == 0) {
                            return -1;
                        }
                        MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, b, off, (int) n);
                        return (int) n;
                    }
                    int errno = libc.errno(state);
                    if (errno != Libc.EINTR) {
                        throw new IOException("read(2) failed, errno " + errno);
                    }
                }
            } catch (IOException e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("read(2) failed to run", t);
            } finally {
                fd.exit();
            }
        }

        @Override
        public void close() {
            fd.close(Libc.SHUT_RD);
        }
    }

    private static final class FdOutput extends OutputStream {
        private final Fd fd;
        private final Libc libc;

        FdOutput(Fd fd, Libc libc) {
            this.fd = fd;
            this.libc = libc;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int descriptor = fd.enter();
            if (descriptor < 0) {
                throw new IOException("stream closed");
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buf = arena.allocate(Math.max(len, 1));
                MemorySegment.copy(b, off, buf, ValueLayout.JAVA_BYTE, 0, len);
                MemorySegment state = libc.errnoState(arena);
                long done = 0;
                while (done < len) {
                    long n = (long) libc.write.invokeExact(state, descriptor, buf.asSlice(done), len - done);
                    if (n >= 0) {
                        done += n;
                        continue;
                    }
                    int errno = libc.errno(state);
                    if (errno != Libc.EINTR) {
                        throw new IOException("write(2) failed, errno " + errno); // EPIPE: the reader is gone
                    }
                }
            } catch (IOException e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("write(2) failed to run", t);
            } finally {
                fd.exit();
            }
        }

        @Override
        public void close() {
            fd.close(Libc.SHUT_WR);
        }
    }
}
