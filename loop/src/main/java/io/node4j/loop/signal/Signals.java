package io.node4j.loop.signal;

import java.util.Map;

/**
 * Linux signal numbers and names (x86-64 / arm64 numbering, which Node reports as
 * {@code os.constants.signals}). Numbers are what the loop layer takes; names are for messages and for
 * the JVM's signal API, which wants a name without the {@code SIG} prefix.
 */
public final class Signals {
    public static final int SIGHUP = 1;
    public static final int SIGINT = 2;
    public static final int SIGQUIT = 3;
    public static final int SIGILL = 4;
    public static final int SIGTRAP = 5;
    public static final int SIGABRT = 6;
    public static final int SIGBUS = 7;
    public static final int SIGFPE = 8;
    public static final int SIGKILL = 9;
    public static final int SIGUSR1 = 10;
    public static final int SIGSEGV = 11;
    public static final int SIGUSR2 = 12;
    public static final int SIGPIPE = 13;
    public static final int SIGALRM = 14;
    public static final int SIGTERM = 15;
    public static final int SIGSTKFLT = 16;
    public static final int SIGCHLD = 17;
    public static final int SIGCONT = 18;
    public static final int SIGSTOP = 19;
    public static final int SIGTSTP = 20;
    public static final int SIGTTIN = 21;
    public static final int SIGTTOU = 22;
    public static final int SIGURG = 23;
    public static final int SIGXCPU = 24;
    public static final int SIGXFSZ = 25;
    public static final int SIGVTALRM = 26;
    public static final int SIGPROF = 27;
    public static final int SIGWINCH = 28;
    public static final int SIGIO = 29;
    public static final int SIGPWR = 30;
    public static final int SIGSYS = 31;

    /** The highest signal number Linux has (real-time signals included); {@code kill} accepts 0..this. */
    public static final int MAX_SIGNAL = 64;

    private static final String[] NAMES = {
        null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL",
        "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT",
        "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF",
        "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS",
    };

    private static final Map<String, Integer> BY_NAME = byName();

    private Signals() {
    }

    private static Map<String, Integer> byName() {
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
        for (int i = 1; i < NAMES.length; i++) {
            m.put(NAMES[i], i);
        }
        m.put("SIGIOT", SIGABRT);
        m.put("SIGPOLL", SIGIO);
        return Map.copyOf(m);
    }

    /**
     * Sends {@code signum} to this process by running {@code kill}, and returns once a handler of ours
     * for it (a started {@link Signal} or {@link SignalWatchdog}) has been told, as kill(2) returns only
     * after the handler of a signal a process sends itself has run. Waits a bounded time.
     */
    public static void sendToSelf(int signum, Runnable kill) {
        SignalRegistry.sendToSelf(signum, kill);
    }

    /** The name ({@code "SIGTERM"}) of a standard signal 1..31, or null (0, real-time signals, out of range). */
    public static String name(int signum) {
        return signum > 0 && signum < NAMES.length ? NAMES[signum] : null;
    }

    /** The number of a signal name ({@code "SIGTERM"} or {@code "TERM"}), or -1 if unknown. */
    public static int number(String name) {
        if (name == null) {
            return -1;
        }
        Integer n = BY_NAME.get(name.startsWith("SIG") ? name : "SIG" + name);
        return n == null ? -1 : n;
    }

    /**
     * Makes SIGTERM, SIGHUP and SIGINT, while nothing watches them, end the process as their default action
     * does (killed by the signal, as Node's process is: a parent sees the signal, not an exit code)
     * instead of the JVM's handler, which exits with 128+N. The handler runs {@code beforeDeath} (on
     * the JVM's signal thread), puts the default action back and sends the signal again with
     * {@code resend} (kill(2) to this process: raise(3) would target the signal thread, which blocks
     * it). Handles started later replace it and give it back when they stop. For a program's
     * process, not for a JVM that hosts other work.
     */
    /**
     * Ends the process now by {@code signum}'s default action: the OS default is put back (replacing
     * whatever handler or watchdog had it) and {@code resend} sends the signal to this process.
     */
    public static void endBy(int signum, java.util.function.IntConsumer resend) {
        JvmSignals.exchange(signum, JvmSignals.SIG_DFL);
        resend.accept(signum);
    }

    public static void endBySignalByDefault(Runnable beforeDeath, java.util.function.IntConsumer resend) {
        for (int signum : new int[] {SIGTERM, SIGHUP, SIGINT}) {
            try {
                JvmSignals.install(signum, () -> {
                    beforeDeath.run();
                    JvmSignals.exchange(signum, JvmSignals.SIG_DFL);
                    resend.accept(signum);
                });
            } catch (RuntimeException e) {
                // no signal support in this runtime image: the JVM's handler stays
            }
        }
    }
}
