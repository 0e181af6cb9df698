package io.node4j.runtime;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** {@code bin/node4j}: Node's command line on the JVM. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Killed by SIGTERM, SIGHUP or SIGINT as Node is (the parent sees the signal), the terminal reset first.
        long self = ProcessHandle.current().pid();
        io.node4j.loop.signal.Signals.endBySignalByDefault(io.node4j.loop.tty.Terminal::resetAll,
                signum -> io.node4j.loop.process.ChildProcess.kill(self, signum));
        System.exit(run(List.of(args), Stdio.system()));
    }

    static int run(List<String> args, Stdio stdio) {
        CommandLine cmd = CommandLine.parse(args);
        PrintStream out = new PrintStream(stdio.out(), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stdio.err(), true, StandardCharsets.UTF_8);
        return switch (cmd.action()) {
            case VERSION -> {
                out.println("node4j " + Version.NODE4J + " (Node.js " + Version.NODE + " API)");
                yield 0;
            }
            case HELP -> {
                out.print(USAGE);
                yield 0;
            }
            case BAD_OPTION -> {
                // Node names itself by the path it was started with: "/usr/bin/node: bad option: -x".
                err.println(execPath() + ": " + cmd.error());
                yield 9;
            }
            default -> new NodeInstance(new NodeInstance.Options(cmd, execPath(),
                    Path.of("").toAbsolutePath(), stdio)).run();
        };
    }

    private static String execPath() {
        String launcher = System.getProperty("node4j.execPath");
        return launcher != null ? launcher : "node4j";
    }

    private static final String USAGE = """
            Usage: node4j [options] [ script.js ] [arguments]
                   node4j [options] -e|-p "script" [arguments]

            Runs a Node.js program on the JVM, as `node` would.

            Options:
              -e, --eval "script"     evaluate script
              -p, --print "script"    evaluate script and print the result
              -v, --version           print node4j's version and the Node.js version it targets
              -h, --help              print this help
              --                      end of options; what follows is the script and its arguments

            Environment:
              JAVA_HOME               a JDK 25 or newer (else one under /usr/lib/jvm is used)
              UV_THREADPOOL_SIZE      threads of the pool that runs fs, dns, crypto and zlib work (default 4)
            """;
}
