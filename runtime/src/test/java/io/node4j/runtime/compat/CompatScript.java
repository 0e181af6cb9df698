package io.node4j.runtime.compat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One compatibility test: a script under test/compat and what the oracle recorded for it. The
 * conventions are those of tools/compat-record.js (see test/compat/README.md).
 *
 * @param root        test/compat, absolute
 * @param script      the script, absolute
 * @param ownProcess  "// compat: process": run in a JVM of its own rather than in-process
 * @param tty         "// compat: tty": run (in a JVM of its own) on a terminal: stdin, stdout and stderr
 *                    are a pseudo-terminal made by script(1), whose transcript is the stdout compared
 * @param args        "// compat: arg=X": arguments after the script
 * @param env         "// compat: env=K=V": extra environment of an own-process run (implies process)
 * @param fifos       "// compat: fifo=PATH": named pipes (PATH under test/compat) made before the run
 * @param stdin       "// compat: stdin=FILE": what the script reads on stdin (FILE relative to the
 *                    script's folder); empty when absent
 * @param stdout      expected stdout (the .out file), with paths under root as {@code <compat>}
 * @param stderr      expected stderr (the .err file), or null when stderr is not compared
 * @param exitCode    expected exit status (the .exit file, 0 when absent)
 */
record CompatScript(Path root, Path script, boolean ownProcess, boolean tty, List<String> args, byte[] stdin,
                    java.util.Map<String, String> env, List<String> fifos, String stdout,
                    String stderr, int exitCode) {

    static final String PLACEHOLDER = "<compat>";
    private static final Pattern DIRECTIVE = Pattern.compile("^//\\s*compat:\\s*(.*)$");

    String name() {
        return root.relativize(script).toString();
    }

    static CompatScript load(Path root, Path script) throws IOException {
        boolean ownProcess = false;
        boolean tty = false;
        boolean compareStderr = false;
        List<String> args = new ArrayList<>();
        byte[] stdin = new byte[0];
        java.util.Map<String, String> env = new java.util.LinkedHashMap<>();
        List<String> fifos = new ArrayList<>();
        List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
        for (String line : lines.subList(0, Math.min(10, lines.size()))) {
            Matcher m = DIRECTIVE.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            for (String word : m.group(1).strip().split("\\s+")) {
                if (word.equals("process")) {
                    ownProcess = true;
                } else if (word.equals("tty")) {
                    tty = true;
                    ownProcess = true;
                } else if (word.equals("stderr")) {
                    compareStderr = true;
                } else if (word.startsWith("arg=")) {
                    args.add(word.substring(4));
                } else if (word.startsWith("env=") && word.indexOf('=', 4) > 4) {
                    int eq = word.indexOf('=', 4);
                    env.put(word.substring(4, eq), word.substring(eq + 1));
                    ownProcess = true;
                } else if (word.startsWith("fifo=")) {
                    fifos.add(word.substring(5));
                } else if (word.startsWith("stdin=")) {
                    stdin = Files.readAllBytes(script.getParent().resolve(word.substring(6)));
                } else {
                    throw new IllegalArgumentException(script + ": unknown compat directive " + word);
                }
            }
        }
        String base = script.getFileName().toString().replaceFirst("\\.(js|mjs|cjs|ts|mts|cts)$", "");
        Path dir = script.getParent();
        Path out = dir.resolve(base + ".out");
        if (!Files.exists(out)) {
            throw new IllegalStateException(script + " has no recorded output: run tools/oracle record "
                    + script);
        }
        Path err = dir.resolve(base + ".err");
        Path exit = dir.resolve(base + ".exit");
        return new CompatScript(root, script, ownProcess, tty, List.copyOf(args), stdin, java.util.Map.copyOf(env),
                List.copyOf(fifos), latin1(out),
                compareStderr && Files.exists(err) ? latin1(err) : null,
                Files.exists(exit) ? Integer.parseInt(Files.readString(exit).strip()) : 0);
    }

    /** Expected files are bytes; latin1 maps each byte to one char, as the recorder writes them. */
    private static String latin1(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
    }

    /** As the recorder does: paths under test/compat become {@code <compat>}, warning pids {@code <pid>}. */
    String normalize(byte[] output) {
        return NODE_PID.matcher(new String(output, StandardCharsets.ISO_8859_1)
                .replace(root.toString(), PLACEHOLDER)).replaceAll("(node:<pid>)");
    }

    private static final Pattern NODE_PID = Pattern.compile("\\(node:\\d+\\)");
}
