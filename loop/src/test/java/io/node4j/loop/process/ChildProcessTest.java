package io.node4j.loop.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.node4j.loop.Errno;
import io.node4j.loop.RunMode;
import io.node4j.loop.Timer;
import io.node4j.loop.UvException;
import io.node4j.loop.signal.Signals;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest extends ProcessTestBase {

    private static SpawnOptions sh(String script) {
        return SpawnOptions.of("sh", "-c", script);
    }

    /** Whether {@code pid} is gone or a zombie (not our child: whoever adopted it reaps it), within 10 s. */
    private static boolean deadOrZombie(long pid) throws InterruptedException {
        Path stat = Path.of("/proc/" + pid + "/stat");
        for (int i = 0; i < 1000; i++) {
            try {
                String s = Files.readString(stat);
                if (s.charAt(s.lastIndexOf(')') + 2) == 'Z') {
                    return true;
                }
            } catch (java.io.IOException gone) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private static SpawnOptions quiet(SpawnOptions o) {
        return o.withStdio(Stdio.IGNORE, Stdio.IGNORE, Stdio.IGNORE);
    }

    @Test
    void exitCodeIsReportedOnceOnTheLoopThread() {
        Exit exit = new Exit();
        ChildProcess child = ChildProcess.spawn(loop, quiet(sh("exit 3")), exit::record);
        assertTrue(child.isActive());
        assertTrue(child.pid() > 0);
        assertNull(child.stdin());
        assertNull(child.stdout());

        assertFalse(loop.run(RunMode.DEFAULT));

        assertEquals(3, exit.status());
        assertEquals(0, exit.signal());
        assertSame(Thread.currentThread(), exit.threads.get(0));
        assertFalse(child.isActive());
        assertTrue(child.hasExited());
        closeAll(child);
        assertEquals(1, exit.calls.size());
    }

    @Test
    void sigtermSentByKillIsReportedAsASignal() {
        Exit exit = new Exit();
        ChildProcess child = ChildProcess.spawn(loop, quiet(SpawnOptions.of("sleep", "30")), exit::record);
        child.kill(0); // running: no error
        child.kill(Signals.SIGTERM);
        loop.run(RunMode.DEFAULT);
        assertEquals(0, exit.status());
        assertEquals(Signals.SIGTERM, exit.signal());
        closeAll(child);
    }

    @Test
    void sigkillAndOtherSignalsSentByKillAreReportedAsSignals() {
        Exit killed = new Exit();
        Exit usr1 = new Exit();
        Exit hup = new Exit();
        ChildProcess a = ChildProcess.spawn(loop, quiet(SpawnOptions.of("sleep", "30")), killed::record);
        ChildProcess b = ChildProcess.spawn(loop, quiet(SpawnOptions.of("sleep", "30")), usr1::record);
        ChildProcess c = ChildProcess.spawn(loop, quiet(SpawnOptions.of("sleep", "30")), hup::record);
        a.kill(Signals.SIGKILL);
        b.kill(Signals.SIGUSR1);
        ChildProcess.kill(c.pid(), Signals.SIGHUP); // process.kill(child.pid) counts too
        loop.run(RunMode.DEFAULT);
        assertEquals(Signals.SIGKILL, killed.signal());
        assertEquals(0, killed.status());
        assertEquals(Signals.SIGUSR1, usr1.signal());
        assertEquals(Signals.SIGHUP, hup.signal());
        closeAll(a, b, c);
    }

    @Test
    void aSignalFromElsewhereIsASignalAndExit128PlusNIsAnExitCode() {
        Exit selfKilled = new Exit();
        Exit exited = new Exit();
        ChildProcess a = ChildProcess.spawn(loop, quiet(sh("kill -TERM $$")), selfKilled::record);
        ChildProcess b = ChildProcess.spawn(loop, quiet(sh("exit 143")), exited::record);
        loop.run(RunMode.DEFAULT);
        assertEquals(0, selfKilled.status());
        assertEquals(Signals.SIGTERM, selfKilled.signal());
        assertEquals(143, exited.status());
        assertEquals(0, exited.signal());
        closeAll(a, b);
    }

    @Test
    void theChildSeesTheArgv0WeGive() {
        Exit exit = new Exit();
        SpawnOptions o = new SpawnOptions("cat", java.util.List.of("my-name", "/proc/self/cmdline"), null, null,
                Stdio.IGNORE, Stdio.PIPE, Stdio.IGNORE, false);
        ChildProcess child = ChildProcess.spawn(loop, o, exit::record);
        Sink out = new Sink();
        child.stdout().readStart(out);
        loop.run(RunMode.DEFAULT);
        assertEquals("my-name\0/proc/self/cmdline\0", out.text());
        closeAll(child, child.stdout());
    }

    @Test
    void anIpcChannelCarriesBytesBothWaysOnTheChildsDescriptor() {
        Exit exit = new Exit();
        SpawnOptions o = sh("read line <&3; echo \"got $line\" >&3; exec ls /proc/self/fd >&3")
                .withStdio(Stdio.IGNORE, Stdio.IGNORE, Stdio.IGNORE).withIpc(3);
        ChildProcess child = ChildProcess.spawn(loop, o, exit::record);
        Sink fromChild = new Sink();
        child.ipc().input().readStart(fromChild);
        child.ipc().output().write("hello\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), error -> { });
        child.ipc().output().shutdown(error -> { });
        loop.run(RunMode.DEFAULT);
        assertEquals(0, exit.status());
        assertEquals("got hello\n0\n1\n2\n3\n4\n", fromChild.text(),
                "the channel is fd 3, the only one above 2 but the one ls lists the folder with");
        closeAll(child, child.ipc().input(), child.ipc().output());
    }

    @Test
    void theChildStartsWithDefaultSignalsAndNoInheritedDescriptors() {
        // grep's own signal state (nothing blocked or ignored but glibc's internal signal 32, see
        // NativeSpawn), then the descriptors ls has: 0..2 and the one it lists the folder with
        Sink signals = runToEnd(SpawnOptions.of("grep", "-E", "^Sig(Blk|Ign)", "/proc/self/status"));
        assertEquals("SigBlk:\t0000000000000000\nSigIgn:\t0000000080000000\n", signals.text());
        Sink fds = runToEnd(SpawnOptions.of("ls", "/proc/self/fd"));
        assertEquals("0\n1\n2\n3\n", fds.text());
    }

    private Sink runToEnd(SpawnOptions o) {
        Exit exit = new Exit();
        ChildProcess child = ChildProcess.spawn(loop, o.withStdio(Stdio.IGNORE, Stdio.PIPE, Stdio.IGNORE), exit::record);
        Sink out = new Sink();
        child.stdout().readStart(out);
        loop.run(RunMode.DEFAULT);
        closeAll(child, child.stdout());
        loop.run(RunMode.DEFAULT);
        return out;
    }

    @Test
    void aSignalWeSentThatTheChildSurvivesDoesNotChangeItsExitCode() {
        Exit exit = new Exit();
        SpawnOptions o = sh("trap 'exit 7' TERM; echo ready; while :; do sleep 0.05; done")
                .withStdio(Stdio.IGNORE, Stdio.PIPE, Stdio.IGNORE);
        ChildProcess[] child = new ChildProcess[1];
        child[0] = ChildProcess.spawn(loop, o, exit::record);
        Sink out = new Sink() {
            @Override
            public void onData(byte[] data) {
                super.onData(data);
                child[0].kill(Signals.SIGTERM); // the trap is set: the shell exits 7
            }
        };
        child[0].stdout().readStart(out);
        loop.run(RunMode.DEFAULT);
        assertEquals(7, exit.status());
        assertEquals(0, exit.signal());
        closeAll(child[0], child[0].stdout());
    }

    @Test
    void killChecksItsArgumentsAndTheChild() {
        Exit exit = new Exit();
        ChildProcess child = ChildProcess.spawn(loop, quiet(sh("exit 0")), exit::record);
        assertEquals(Errno.EINVAL, assertThrows(UvException.class, () -> child.kill(65)).errno());
        assertEquals(Errno.EINVAL, assertThrows(UvException.class, () -> child.kill(-1)).errno());
        loop.run(RunMode.DEFAULT);
        UvException gone = assertThrows(UvException.class, () -> child.kill(Signals.SIGTERM));
        assertEquals(Errno.ESRCH, gone.errno());
        assertEquals("uv_process_kill", gone.syscall());
        assertEquals(Errno.ESRCH, assertThrows(UvException.class, () -> child.kill(0)).errno());
        // the pid is gone too (not reused within the test)
        UvException noProcess = assertThrows(UvException.class, () -> ChildProcess.kill(child.pid(), 0));
        assertEquals(Errno.ESRCH, noProcess.errno());
        assertEquals("kill", noProcess.syscall());
        assertEquals(Errno.EINVAL, assertThrows(UvException.class, () -> ChildProcess.kill(child.pid(), 99)).errno());
        closeAll(child);
    }

    @Test
    void staticKillWithSignalZeroChecksALiveProcess() {
        ChildProcess.kill(ProcessHandle.current().pid(), 0);
    }

    @Test
    void aMissingProgramFailsWithNodesErrorShapeAndLeavesNoHandle() {
        SpawnOptions o = SpawnOptions.of("nosuchcmd-node4j", "a", "b");
        UvException e = assertThrows(UvException.class, () -> ChildProcess.spawn(loop, o, (s, g) -> { }));
        assertEquals(Errno.ENOENT, e.errno());
        assertEquals(-2, e.errno().code());
        assertEquals("spawn nosuchcmd-node4j", e.syscall());
        assertEquals("nosuchcmd-node4j", e.path());
        assertEquals(List.of(), loop.handles());
        assertFalse(loop.isAlive());
    }

    @Test
    void aMissingCwdOrAProgramMissingFromTheChildsPathIsEnoent() {
        UvException badCwd = assertThrows(UvException.class,
                () -> ChildProcess.spawn(loop, sh("true").withCwd("/no/such/dir/node4j"), (s, g) -> { }));
        assertEquals(Errno.ENOENT, badCwd.errno());
        assertEquals("spawn sh", badCwd.syscall());
        assertEquals("sh", badCwd.path());

        UvException notInPath = assertThrows(UvException.class,
                () -> ChildProcess.spawn(loop, sh("true").withEnv(Map.of("PATH", "/no/such/dir")), (s, g) -> { }));
        assertEquals(Errno.ENOENT, notInPath.errno());
        assertEquals("spawn sh", notInPath.syscall());
        assertEquals(List.of(), loop.handles());
    }

    @Test
    void aNonExecutableFileIsEacces(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("script"), "#!/bin/sh\nexit 0\n");
        String file = script.toString();
        UvException e = assertThrows(UvException.class,
                () -> ChildProcess.spawn(loop, SpawnOptions.of(file), (s, g) -> { }));
        assertEquals(Errno.EACCES, e.errno());
        assertEquals("spawn " + file, e.syscall());
    }

    @Test
    void cwdAndEnvAreHonouredAndEnvIsExact(@TempDir Path dir) throws Exception {
        Path real = dir.toRealPath();
        Exit exit = new Exit();
        SpawnOptions o = sh("pwd; echo $FOO; echo ${HOME-unset}")
                .withCwd(real.toString())
                .withEnv(Map.of("FOO", "bar baz", "PATH", System.getenv("PATH")));
        ChildProcess child = ChildProcess.spawn(loop, o, exit::record);
        Sink out = new Sink();
        child.stdout().readStart(out);
        loop.run(RunMode.DEFAULT);
        assertEquals(real + "\nbar baz\nunset\n", out.text());
        assertEquals(0, exit.status());
        closeAll(child, child.stdin(), child.stdout(), child.stderr());
    }

    @Test
    void theChildsPathIsUsedToFindTheProgram(@TempDir Path dir) throws Exception {
        Path tool = Files.writeString(dir.resolve("node4j-tool"), "#!/bin/sh\necho tool \"$@\"\n");
        assertTrue(tool.toFile().setExecutable(true));
        Exit exit = new Exit();
        SpawnOptions o = SpawnOptions.of("node4j-tool", "x")
                .withEnv(Map.of("PATH", dir + ":/usr/bin:/bin"))
                .withStdio(Stdio.IGNORE, Stdio.PIPE, Stdio.IGNORE);
        ChildProcess child = ChildProcess.spawn(loop, o, exit::record);
        Sink out = new Sink();
        child.stdout().readStart(out);
        loop.run(RunMode.DEFAULT);
        assertEquals("tool x\n", out.text());
        closeAll(child, child.stdout());
    }

    @Test
    void stdoutAndStderrAreCapturedInOrderWithEof() {
        Exit exit = new Exit();
        ChildProcess child = ChildProcess.spawn(loop,
                sh("echo out1; echo err1 >&2; echo out2; echo err2 >&2; exit 5"), exit::record);
        Sink out = new Sink();
        Sink err = new Sink();
        child.stdout().readStart(out);
        child.stderr().readStart(err);
        assertFalse(loop.run(RunMode.DEFAULT));
        assertEquals("out1\nout2\n", out.text());
        assertEquals("err1\nerr2\n", err.text());
        assertEquals(1, out.ends);
        assertNull(out.endError);
        assertEquals(1, err.ends);
        assertTrue(child.stdout().isEnded());
        assertFalse(child.stdout().isActive());
        assertEquals(5, exit.status());
        for (Thread t : out.threads) {
            assertSame(Thread.currentThread(), t);
        }
        closeAll(child, child.stdin(), child.stdout(), child.stderr());
    }

    @Test
    void writesToCatComeBackAndShutdownEndsIt() {
        Exit exit = new Exit();
        ChildProcess child = ChildProcess.spawn(loop, SpawnOptions.of("cat").withStdio(Stdio.PIPE, Stdio.PIPE, Stdio.IGNORE), exit::record);
        Sink out = new Sink();
        child.stdout().readStart(out);
        List<Object> writes = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        child.stdin().write("hello ".getBytes(StandardCharsets.UTF_8), e -> {
            writes.add(e == null ? "ok1" : e);
            threads.add(Thread.currentThread());
        });
        child.stdin().write("world\n".getBytes(StandardCharsets.UTF_8), e -> writes.add(e == null ? "ok2" : e));
        assertEquals(12, child.stdin().writeQueueSize());
        child.stdin().shutdown(e -> writes.add(e == null ? "shut" : e));
        assertThrows(UvException.class, () -> child.stdin().write(new byte[1], null));
        loop.run(RunMode.DEFAULT);
        assertEquals(List.of("ok1", "ok2", "shut"), writes);
        assertSame(Thread.currentThread(), threads.get(0));
        assertEquals(0, child.stdin().writeQueueSize());
        assertEquals("hello world\n", out.text());
        assertEquals(0, exit.status());
        closeAll(child, child.stdin(), child.stdout());
    }

    @Test
    void theShutdownOfStdinIsReportedBeforeTheExitItCauses() {
        // cat exits as soon as it reads EOF; the shutdown's completion must still come first (in
        // libuv it is reported in the turn of the close), every time.
        for (int i = 0; i < 50; i++) {
            List<String> events = new ArrayList<>();
            ChildProcess child = ChildProcess.spawn(loop, SpawnOptions.of("cat").withStdio(Stdio.PIPE, Stdio.IGNORE,
                    Stdio.IGNORE), (status, signal) -> events.add("exit"));
            child.stdin().shutdown(e -> events.add(e == null ? "shutdown" : "shutdown " + e.errno()));
            loop.run(RunMode.DEFAULT);
            assertEquals(List.of("shutdown", "exit"), events, "round " + i);
            closeAll(child, child.stdin());
        }
    }

    @Test
    void oneMebibyteThroughCat() {
        byte[] data = new byte[1 << 20];
        new Random(42).nextBytes(data);
        Exit exit = new Exit();
        ChildProcess child = ChildProcess.spawn(loop, SpawnOptions.of("cat").withStdio(Stdio.PIPE, Stdio.PIPE, Stdio.IGNORE), exit::record);
        Sink out = new Sink();
        child.stdout().readStart(out);
        int[] done = {0};
        for (int off = 0; off < data.length; off += 100_000) {
            child.stdin().write(data, off, Math.min(100_000, data.length - off), e -> {
                assertNull(e);
                done[0]++;
            });
        }
        child.stdin().shutdown(null);
        loop.run(RunMode.DEFAULT);
        assertEquals(11, done[0]);
        assertArrayEquals(data, out.bytes.toByteArray());
        assertTrue(out.threads.size() > 1);
        assertEquals(0, exit.status());
        closeAll(child, child.stdin(), child.stdout());
    }

    @Test
    void readStopStopsPullingSoBufferedDataStaysBounded() {
        final int total = 8 << 20;
        Exit exit = new Exit();
        ChildProcess child = ChildProcess.spawn(loop,
                SpawnOptions.of("head", "-c", Integer.toString(total), "/dev/zero").withStdio(Stdio.IGNORE, Stdio.PIPE, Stdio.IGNORE),
                exit::record);
        ChildOutput stdout = child.stdout();
        long[] received = {0};
        long[] atPause = {-1};
        int[] buffered = {-1};
        Timer resume = new Timer(loop);
        Sink[] sink = new Sink[1];
        sink[0] = new Sink() {
            @Override
            public void onData(byte[] data) {
                received[0] += data.length;
                if (atPause[0] < 0) { // pause after the first chunk for 300 ms, then look
                    stdout.readStop();
                    atPause[0] = received[0];
                    resume.start(() -> {
                        buffered[0] = stdout.bufferedChunks();
                        assertEquals(atPause[0], received[0], "nothing delivered while stopped");
                        assertFalse(child.hasExited(), "the child is blocked on its full pipe");
                        stdout.readStart(sink[0]);
                    }, 300, 0);
                }
            }
        };
        stdout.readStart(sink[0]);
        loop.run(RunMode.DEFAULT);
        assertTrue(buffered[0] >= 0 && buffered[0] <= ChildOutput.MAX_CHUNKS, "buffered " + buffered[0]);
        assertEquals(total, received[0]);
        assertEquals(1, sink[0].ends);
        assertEquals(0, exit.status());
        closeAll(child, stdout, resume);
    }

    @Test
    void anUnreferencedChildDoesNotKeepTheLoopAlive() {
        Exit exit = new Exit();
        ChildProcess child = ChildProcess.spawn(loop, quiet(SpawnOptions.of("sleep", "30")), exit::record);
        child.unref();
        long start = System.nanoTime();
        assertFalse(loop.run(RunMode.DEFAULT));
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
        assertTrue(child.isActive());
        assertEquals(0, exit.calls.size());
        child.ref();
        child.kill(Signals.SIGKILL);
        loop.run(RunMode.DEFAULT);
        assertEquals(Signals.SIGKILL, exit.signal());
        closeAll(child);
    }

    @Test
    void closingTheHandleStopsWatchingWithoutKillingOrCallingBack() throws Exception {
        Exit exit = new Exit();
        ChildProcess child = ChildProcess.spawn(loop, quiet(SpawnOptions.of("sleep", "30")), exit::record);
        long pid = child.pid();
        closeAll(child);
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        ChildProcess.kill(pid, Signals.SIGKILL);
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().join());
        loop.run(RunMode.NOWAIT);
        assertEquals(0, exit.calls.size());
    }

    @Test
    void detachedChildLeadsItsOwnSession() {
        Exit exit = new Exit();
        SpawnOptions o = sh("echo $$; cut -d' ' -f6 /proc/$$/stat").withDetached(true)
                .withStdio(Stdio.IGNORE, Stdio.PIPE, Stdio.IGNORE);
        ChildProcess child = ChildProcess.spawn(loop, o, exit::record);
        Sink out = new Sink();
        child.stdout().readStart(out);
        loop.run(RunMode.DEFAULT);
        String pid = Long.toString(child.pid());
        assertEquals(pid + "\n" + pid + "\n", out.text(), "pid is the child's and it leads a new session");
        closeAll(child, child.stdout());
    }

    @Test
    void writingToAChildThatExitedFailsWithEpipe() {
        Exit exit = new Exit();
        ChildProcess child = ChildProcess.spawn(loop, sh("exit 0").withStdio(Stdio.PIPE, Stdio.IGNORE, Stdio.IGNORE), exit::record);
        loop.run(RunMode.DEFAULT);
        assertEquals(0, exit.status());
        List<Object> results = new ArrayList<>();
        child.stdin().write(new byte[] {1, 2, 3}, results::add);
        loop.run(RunMode.DEFAULT);
        assertEquals(1, results.size());
        assertEquals(Errno.EPIPE, ((UvException) results.get(0)).errno());
        closeAll(child, child.stdin());
    }

    @Test
    void closingStdinCancelsWritesTheChildNeverRead() {
        Exit exit = new Exit();
        ChildProcess child = ChildProcess.spawn(loop, SpawnOptions.of("sleep", "30").withStdio(Stdio.PIPE, Stdio.IGNORE, Stdio.IGNORE), exit::record);
        List<Object> results = new ArrayList<>();
        child.stdin().write(new byte[1 << 20], e -> results.add(e == null ? "ok1" : e.errno()));
        child.stdin().write(new byte[10], e -> results.add(e == null ? "ok2" : e.errno()));
        loop.run(RunMode.NOWAIT);
        boolean[] closed = {false};
        child.stdin().close(() -> closed[0] = true);
        loop.run(RunMode.NOWAIT);
        assertEquals(List.of(Errno.ECANCELED, Errno.ECANCELED), results);
        child.kill(Signals.SIGKILL);
        loop.run(RunMode.DEFAULT);
        assertTrue(closed[0]);
        assertEquals(Signals.SIGKILL, exit.signal());
        closeAll(child);
    }

    @Test
    void readStopLetsTheLoopExitAndPendingOutputWaits() {
        Exit exit = new Exit();
        ChildProcess child = ChildProcess.spawn(loop, sh("echo hi").withStdio(Stdio.IGNORE, Stdio.PIPE, Stdio.IGNORE), exit::record);
        Sink out = new Sink();
        child.stdout().readStart(out);
        child.stdout().readStop();
        assertFalse(child.stdout().isActive());
        loop.run(RunMode.DEFAULT); // only the child keeps it alive
        assertEquals(0, exit.status());
        child.stdout().readStart(out);
        loop.run(RunMode.DEFAULT);
        assertEquals("hi\n", out.text());
        assertEquals(1, out.ends);
        closeAll(child, child.stdout());
    }
    @Test
    void ignoreMeansDevNullAndInheritCreatesNoPipe() {
        Exit exit = new Exit();
        SpawnOptions o = sh("echo dropped; read line; echo \"[$line]\" >&2").withStdio(Stdio.IGNORE, Stdio.IGNORE, Stdio.PIPE);
        ChildProcess child = ChildProcess.spawn(loop, o, exit::record);
        assertNull(child.stdin());
        assertNull(child.stdout());
        Sink err = new Sink();
        child.stderr().readStart(err);
        loop.run(RunMode.DEFAULT);
        assertEquals("[]\n", err.text(), "stdin reads EOF from /dev/null");

        Exit inherited = new Exit();
        ChildProcess other = ChildProcess.spawn(loop, sh("exit 4").withStdio(Stdio.INHERIT, Stdio.INHERIT, Stdio.INHERIT), inherited::record);
        assertNull(other.stdin());
        assertNull(other.stdout());
        assertNull(other.stderr());
        loop.run(RunMode.DEFAULT);
        assertEquals(4, inherited.status());
        closeAll(child, child.stderr(), other);
    }

    @Test
    void shutdownAfterAFailedWriteReportsEpipeAndTheHandleStillCloses() {
        Exit exit = new Exit();
        ChildProcess child = ChildProcess.spawn(loop, sh("exec 0<&-; sleep 0.2").withStdio(Stdio.PIPE, Stdio.IGNORE, Stdio.IGNORE), exit::record);
        List<Object> results = new ArrayList<>();
        child.stdin().write(new byte[200_000], e -> results.add(e == null ? "ok" : e.errno()));
        child.stdin().shutdown(e -> results.add(e == null ? "shut" : e.errno()));
        loop.run(RunMode.DEFAULT);
        assertEquals(List.of(Errno.EPIPE, Errno.EPIPE), results);
        assertEquals(0, exit.status());
        closeAll(child, child.stdin());
    }
    @Test
    void killingTheGroupOfADetachedChildReachesItsChildrenAndCountsAsOurSignal() throws Exception {
        Exit exit = new Exit();
        SpawnOptions o = sh("sleep 30 & echo $!; wait").withDetached(true).withStdio(Stdio.IGNORE, Stdio.PIPE, Stdio.IGNORE);
        ChildProcess child = ChildProcess.spawn(loop, o, exit::record);
        long[] grandchild = {0};
        Sink out = new Sink() {
            @Override
            public void onData(byte[] data) {
                super.onData(data);
                if (grandchild[0] == 0 && text().endsWith("\n")) {
                    grandchild[0] = Long.parseLong(text().trim());
                    ChildProcess.kill(-child.pid(), Signals.SIGKILL);
                }
            }
        };
        child.stdout().readStart(out);
        loop.run(RunMode.DEFAULT);
        assertEquals(0, exit.status());
        assertEquals(Signals.SIGKILL, exit.signal());
        assertTrue(deadOrZombie(grandchild[0]), "the grandchild died with the group");
        assertEquals(1, out.ends);
        closeAll(child, child.stdout());
    }
}
