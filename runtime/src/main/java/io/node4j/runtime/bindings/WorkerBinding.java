package io.node4j.runtime.bindings;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import io.node4j.runtime.CommandLine;
import io.node4j.runtime.NodeInstance;
import io.node4j.runtime.Stdio;

/**
 * {@code internalBinding('worker')}: this thread's identity (main thread or worker: threadId,
 * workerData, parentPort) and {@link #spawn}, which starts a worker — a {@link NodeInstance} of its
 * own (loop, Context on the shared engine, bindings) on a new thread.
 *
 * <p>Everything a worker sends its parent — messages, its stdout and stderr, its uncaught error, its
 * exit — is delivered to one endpoint the parent owns, in the order the worker produced it. The parent
 * thread never touches the worker's Context: {@link Setup#terminate} cancels it (Context.close(true),
 * which interrupts JS that is running, even an endless loop) and wakes its loop; the worker thread
 * itself then unwinds and reports its exit.
 */
public final class WorkerBinding implements Binding {
    /**
     * The threads of one process (a main thread and its workers, nested ones included): the next
     * threadId to give (Node numbers a process's workers from 1) and, for postMessageToThread,
     * threadId → inbox of every running thread. One per main thread: the compatibility runner runs
     * many processes in one JVM.
     */
    static final class Threads {
        final AtomicInteger nextId = new AtomicInteger(1);
        final java.util.Map<Integer, PortEndpoint> inboxes = new java.util.concurrent.ConcurrentHashMap<>();
    }

    /** What a worker is started with, and the parent's grip on it (shared by the two threads). */
    public static final class Setup {
        final int threadId;
        final String name;
        final Message workerData;
        final Message environmentData;
        /** The worker's end of its channel with the parent (its parentPort). */
        final PortEndpoint workerEnd;
        /** The parent's end: messages, stdio, error and exit of the worker arrive here. */
        final PortEndpoint parentEnd;
        final double[] resourceLimits;
        /** The threads of this worker's process (its parent's). */
        Threads threads;
        /** With the stdin option: [the parent's writing end, the worker's process.stdin end]; else null. */
        PortEndpoint[] stdin;
        /** The environment shared with the parent (SHARE_ENV), else null. */
        SharedEnv sharedEnv;
        /** A thread of lib/'s own (module.register's hooks): its eval code names a lib/ module to run. */
        boolean internal;
        private volatile NodeInstance instance;
        /** The worker's thread, while it runs (for worker.cpuUsage()). */
        private volatile Thread thread;
        private volatile boolean terminated;
        private volatile boolean online;

        Setup(int threadId, String name, Message workerData, Message environmentData, PortEndpoint workerEnd,
              PortEndpoint parentEnd, double[] resourceLimits) {
            this.threadId = threadId;
            this.name = name;
            this.workerData = workerData;
            this.environmentData = environmentData;
            this.workerEnd = workerEnd;
            this.parentEnd = parentEnd;
            this.resourceLimits = resourceLimits;
        }

        /** Called by the worker's instance once it exists; false if the worker was terminated first. */
        public boolean started(NodeInstance worker) {
            instance = worker;
            return !terminated;
        }

        /**
         * Ends the worker, from any thread: exit code 1, or 0 when it had not begun running its program
         * yet (Node reports 0 for a worker stopped before it started).
         */
        void terminate() {
            terminate(true);
        }

        /**
         * As {@link #terminate()}; {@code parentSawOnline} false (the parent had not had 'online' yet)
         * reports 0 as well, as Node does for a worker terminated right after it was made, however far
         * its start-up got on its own thread.
         */
        void terminate(boolean parentSawOnline) {
            terminated = true;
            NodeInstance i = instance;
            if (i != null) {
                i.terminate(online && parentSawOnline ? 1 : 0);
            }
        }

        /** The worker started running its program: the parent's 'online'. */
        public boolean internal() {
            return internal;
        }

        public SharedEnv sharedEnv() {
            return sharedEnv;
        }

        public void online() {
            online = true;
            parentEnd.deliver(new Message(Message.ONLINE, null, new Object[0]));
        }
    }

    private final Setup self;
    private final MessagingBinding messaging;
    private final NodeInstance.Options parentOptions;
    private final ProcessBinding process;
    /** The workers this thread started that are still running (each leaves when its thread ends). */
    private final java.util.Set<Setup> children = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final io.node4j.runtime.Callbacks callbacks;
    /** postMessageToThread's messages to this thread, drained on its loop by an unref'd async. */
    private final PortEndpoint threadInbox = PortEndpoint.pair()[1];
    private final Threads threads;
    private Value threadMessageHandler;

    // JS-visible surface
    @Export public final boolean isMainThread;
    @Export public final int threadId;
    @Export public final String threadName;

    public WorkerBinding(Setup self, MessagingBinding messaging, NodeInstance.Options parentOptions,
                         ProcessBinding process, io.node4j.loop.Loop loop, io.node4j.runtime.Callbacks callbacks) {
        this.self = self;
        this.callbacks = callbacks;
        this.messaging = messaging;
        this.parentOptions = parentOptions;
        this.process = process;
        this.isMainThread = self == null;
        this.threadId = self == null ? 0 : self.threadId;
        this.threadName = self == null ? "" : self.name.isEmpty() ? "WorkerThread" : self.name;
        io.node4j.loop.Async wake = new io.node4j.loop.Async(loop, this::drainThreadMessages);
        wake.unref();
        threadInbox.attach(wake::send);
        threads = self == null ? new Threads() : self.threads;
        threads.inboxes.put(threadId, threadInbox);
    }

    @Override
    public String name() {
        return "worker";
    }

    /** The worker's process.stdin data (the stdin option), or null: no stdin, or the main thread. */
    @Export
    public PortHandle stdinPort() {
        return self == null || self.stdin == null ? null : messaging.attach(self.stdin[1]);
    }

    /**
     * How this thread handles postMessageToThread messages: {@code handler(data, objects)}, called from
     * the loop for each message that arrives (lib/ answers on the reply port inside).
     */
    @Export
    public void onThreadMessage(Value handler) {
        threadMessageHandler = handler;
    }

    /** Whether thread {@code id} of this process is running. */
    @Export
    public boolean hasThread(int id) {
        return threads.inboxes.containsKey(id);
    }

    /** Queues a message for thread {@code id}; false if there is no such thread. */
    @Export
    public boolean postToThread(int id, String data, Value objects) {
        PortEndpoint inbox = threads.inboxes.get(id);
        if (inbox == null) {
            return false;
        }
        inbox.deliver(new Message(Message.MESSAGE, data, PortHandle.hostObjects(objects)));
        return true;
    }

    private void drainThreadMessages() {
        for (Message m = threadInbox.poll(); m != null; m = threadInbox.poll()) {
            if (threadMessageHandler == null) {
                closeReplyPorts(m);
            } else {
                callbacks.invoke(threadMessageHandler, m.data(), m.objects());
            }
        }
    }

    /**
     * This thread ends: it leaves postMessageToThread's registry, and the senders of messages it never
     * processed are told (their reply ports close).
     */
    public void close() {
        threads.inboxes.remove(threadId, threadInbox);
        for (Message m = threadInbox.poll(); m != null; m = threadInbox.poll()) {
            closeReplyPorts(m);
        }
    }

    private static void closeReplyPorts(Message m) {
        for (Object o : m.objects()) {
            if (o instanceof PortEndpoint e) {
                e.close();
            }
        }
    }

    /** [data, objects] of workerData, or null on the main thread. */
    @Export
    public Object[] workerData() {
        return self == null ? null : new Object[] {self.workerData.data(), self.workerData.objects()};
    }

    /** [data, objects] of the environment data the parent had when it started this worker, or null. */
    @Export
    public Object[] environmentData() {
        return self == null || self.environmentData == null ? null
                : new Object[] {self.environmentData.data(), self.environmentData.objects()};
    }

    /** [maxYoungGenerationSizeMb, maxOldGenerationSizeMb, codeRangeSizeMb, stackSizeMb] or null. */
    @Export
    public double[] resourceLimits() {
        return self == null ? null : self.resourceLimits;
    }

    @Export
    public PortHandle parentPort() {
        return self == null ? null : messaging.attach(self.workerEnd);
    }

    /** This worker's uncaught exception, serialized, for the parent's 'error' event. */
    @Export
    public void reportError(String data, Value objects) {
        if (self != null) {
            self.parentEnd.deliver(new Message(Message.ERROR, data, PortHandle.hostObjects(objects)));
        }
    }

    /**
     * Starts a worker. {@code spec}: filename or code (with eval), argv, execArgv, env (pairs
     * of the worker's process.env), workerData and environmentData ([data, objects]), name,
     * resourceLimits (4 numbers). Returns the parent's handle.
     */
    @Export
    public WorkerHandle spawn(Value spec) {
        int id = threads.nextId.getAndIncrement();
        PortEndpoint[] ends = PortEndpoint.pair();
        double[] limits = new double[4];
        Value l = spec.getMember("resourceLimits");
        for (int i = 0; i < 4; i++) {
            limits[i] = l.getArrayElement(i).asDouble();
        }
        Value envPairs = spec.getMember("env");
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i + 1 < envPairs.getArraySize(); i += 2) {
            env.put(envPairs.getArrayElement(i).asString(), envPairs.getArrayElement(i + 1).asString());
        }
        Setup setup = new Setup(id, spec.getMember("name").asString(), message(spec.getMember("workerData")),
                message(spec.getMember("environmentData")), ends[1], ends[0], limits);
        setup.threads = threads;
        setup.internal = spec.hasMember("internal") && spec.getMember("internal").asBoolean();
        if (spec.getMember("stdin").asBoolean()) {
            setup.stdin = PortEndpoint.pair();
        }
        Value shared = spec.getMember("sharedEnv");
        if (shared != null && !shared.isNull()) {
            setup.sharedEnv = shared.asHostObject();
        }
        PortHandle port = messaging.attach(ends[0]);
        // The worker closing its parentPort ends only the messages: its exit still comes this way.
        port.keepOpenWhenPeerCloses();
        children.add(setup);

        List<String> args = new ArrayList<>(strings(spec.getMember("execArgv")));
        boolean eval = spec.getMember("eval").asBoolean();
        String entry = spec.getMember("entry").asString();
        if (eval) {
            args.add("--eval");
            args.add(entry);
        } else {
            args.add("--");
            args.add(entry);
        }
        args.addAll(strings(spec.getMember("argv")));
        CommandLine cmd = CommandLine.parse(args);
        cmd = new CommandLine(cmd.action(), cmd.code(), cmd.script(), cmd.scriptArgs(),
                strings(spec.getMember("execArgv")), null);
        OutputStream out = new ForwardingStream(ends[0], Message.STDOUT);
        OutputStream err = new ForwardingStream(ends[0], Message.STDERR);
        NodeInstance.Options options = new NodeInstance.Options(cmd, parentOptions.execPath(),
                Path.of(process.cwd()), env, new Stdio(new ByteArrayInputStream(new byte[0]), out, err), setup);
        long stackBytes = (long) (limits[3] * 1024 * 1024);
        setup.thread = Thread.ofPlatform().name("node4j-worker-" + id).daemon(true).stackSize(stackBytes).unstarted(() -> {
            int code;
            try {
                code = new NodeInstance(options).run();
            } catch (Throwable t) {
                code = 1;
            }
            // Nothing of the ended worker stays reachable from its parent's binding (a process that
            // starts workers all day kept every Context), and its Worker object reports Node's zero
            // loop times from now on.
            children.remove(setup);
            setup.instance = null;
            setup.thread = null;
            ends[0].deliver(new Message(Message.EXIT, null, new Object[] {code}));
            ends[1].close();
        });
        setup.thread.start();
        return new WorkerHandle(setup, port);
    }

    /** Terminates the workers this thread started (it is ending; Node's process would end them). */
    public void terminateChildren() {
        for (Setup s : children) {
            s.terminate();
        }
    }

    private static Message message(Value pair) {
        if (pair.isNull()) {
            return null;
        }
        return new Message(Message.MESSAGE, pair.getArrayElement(0).asString(),
                PortHandle.hostObjects(pair.getArrayElement(1)));
    }

    private static List<String> strings(Value array) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.getArraySize(); i++) {
            out.add(array.getArrayElement(i).asString());
        }
        return out;
    }

    /** The parent's grip on one worker. */
    public static final class WorkerHandle {
        private final Setup setup;
        @Export public final PortHandle port;
        @Export public final int threadId;

        WorkerHandle(Setup setup, PortHandle port) {
            this.setup = setup;
            this.port = port;
            this.threadId = setup.threadId;
        }

        /** terminate(): {@code sawOnline} tells whether the parent has had this worker's 'online'. */
        @Export
        public void terminate(boolean sawOnline) {
            setup.terminate(sawOnline);
        }

        /** A chunk for the worker's process.stdin (a byte[] from the messaging binding). */
        @Export
        public void writeStdin(Object bytes) {
            if (setup.stdin != null) {
                setup.stdin[0].post(new Message(Message.STDOUT, null, new Object[] {bytes}));
            }
        }

        /** The end of the worker's process.stdin. */
        @Export
        public void endStdin() {
            if (setup.stdin != null) {
                setup.stdin[0].close();
            }
        }

        /**
         * [user µs, system µs] of CPU time the worker's thread has used (worker.cpuUsage()), or null
         * once it has ended.
         */
        @Export
        public double[] cpuUsage() {
            Thread t = setup.thread;
            if (t == null) {
                return null;
            }
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long total = threads.getThreadCpuTime(t.threadId());
            long user = threads.getThreadUserTime(t.threadId());
            if (total < 0 || user < 0) {
                return null;
            }
            return new double[] {Math.floor(user / 1000.0), Math.floor(Math.max(0, total - user) / 1000.0)};
        }

        /** A CPU profile of the worker's thread (worker.startCpuProfile()), or null when it is not running. */
        @Export
        public io.node4j.runtime.CpuProfiler startCpuProfile() {
            NodeInstance i = setup.instance;
            return i == null ? null : i.startCpuProfile(io.node4j.runtime.CpuProfiler.DEFAULT_INTERVAL_MICROS);
        }

        /** True while a heap profile of the worker's thread runs (worker.startHeapProfile() refuses a second). */
        @Export
        public boolean heapProfiling() {
            NodeInstance i = setup.instance;
            return i != null && i.heapProfiling();
        }

        /** A heap profile of the worker's thread (worker.startHeapProfile()), or null when it is not running. */
        @Export
        public io.node4j.runtime.HeapProfiler startHeapProfile() {
            NodeInstance i = setup.instance;
            return i == null ? null : i.startHeapProfile();
        }

        /** [idle ms, active ms] of the worker's loop, or null before it started running. */
        @Export
        public double[] loopTimes() {
            NodeInstance i = setup.instance;
            return i == null ? null : i.loopTimes();
        }
    }

    /** A worker's stdout or stderr: each write becomes a chunk delivered to the parent, in order. */
    private static final class ForwardingStream extends OutputStream {
        private final PortEndpoint parent;
        private final int kind;

        ForwardingStream(PortEndpoint parent, int kind) {
            this.parent = parent;
            this.kind = kind;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            parent.deliver(new Message(kind, null, new Object[] {java.util.Arrays.copyOfRange(b, off, off + len)}));
        }
    }
}
