package io.node4j.loop.process;

import io.node4j.loop.Errno;
import io.node4j.loop.Loop;
import io.node4j.loop.UvException;

/**
 * One end of an IPC channel between a parent and a child it spawned with {@link SpawnOptions#ipcFd()}:
 * a Unix stream socket, as libuv's IPC pipe (without passing handles). {@link #input()} reads what the
 * other side writes and {@link #output()} writes to it; each is a handle of its own (the reader is
 * active while reading, each write keeps the loop alive until done), and they close independently: a
 * parent's end from {@link ChildProcess#ipc()}, a child's from {@link #open(Loop, int)} on the
 * descriptor it inherited.
 */
public final class IpcChannel {
    private final ChildOutput input;
    private final ChildInput output;

    private IpcChannel(ChildOutput input, ChildInput output) {
        this.input = input;
        this.output = output;
    }

    /** The channel over {@code fd} (ours from now on), read and written by two threads of its own. */
    static IpcChannel over(Loop loop, Libc libc, int fd, String threadName) {
        int writeFd = NativeSpawn.dup(libc, fd); // the reader and the writer close separately
        return new IpcChannel(new ChildOutput(loop, FdStreams.input(libc, fd), threadName + "-read"),
                new ChildInput(loop, FdStreams.output(libc, writeFd), threadName + "-write"));
    }

    /**
     * The channel a parent left this process on descriptor {@code fd} (Node's NODE_CHANNEL_FD); on the
     * loop thread.
     *
     * @throws UvException ENOSYS without native access
     */
    public static IpcChannel open(Loop loop, int fd) {
        loop.assertInLoopThread();
        Libc libc = Libc.get();
        if (libc == null) {
            throw new UvException(Errno.ENOSYS, "uv_pipe_open");
        }
        return over(loop, libc, fd, "node4j-ipc-" + fd);
    }

    /** What the other side writes: bytes, then the end when it closes its side or exits. */
    public ChildOutput input() {
        return input;
    }

    /** Bytes to the other side. */
    public ChildInput output() {
        return output;
    }
}
