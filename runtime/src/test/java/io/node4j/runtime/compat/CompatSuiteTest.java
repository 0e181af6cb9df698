package io.node4j.runtime.compat;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every script of test/compat under node4j and compares stdout, exit status (and stderr where
 * recorded) with what the Node oracle printed. {@code -Dcompat=SUBSTRING} runs the scripts whose path
 * contains SUBSTRING.
 */
class CompatSuiteTest {
    static final Path ROOT = Path.of(System.getProperty("node4j.compatRoot", "../test/compat"))
            .toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> compatibility() throws IOException {
        String filter = System.getProperty("compat", "");
        List<String> anyOf = List.of(filter.split(",", -1)); // "a/,b/x" runs the scripts matching either
        List<Path> scripts;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            scripts = walk.filter(CompatSuiteTest::isScript)
                    .filter(p -> anyOf.stream().anyMatch(ROOT.relativize(p).toString()::contains))
                    .sorted()
                    .toList();
        }
        if (scripts.isEmpty()) {
            fail("no compatibility script under " + ROOT + " matches '" + filter + "'");
        }
        if (scripts.stream().anyMatch(p -> ROOT.relativize(p).startsWith("dns"))) {
            DnsFixture.ensureStarted(); // the name server the dns/ scripts query
        }
        return scripts.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(),
                p.toUri(), () -> check(CompatScript.load(ROOT, p))));
    }

    private static boolean isScript(Path p) {
        String name = p.getFileName().toString();
        return name.matches(".*\\.(js|mjs|cjs|ts|mts|cts)$") && !name.startsWith("_")
                && !ROOT.relativize(p).toString().contains("fixtures/")
                && !ROOT.relativize(p).toString().contains("node_modules/") && Files.isRegularFile(p);
    }

    private static void check(CompatScript script) throws Exception {
        CompatRun.Result r = CompatRun.run(script);
        List<String> problems = new ArrayList<>();
        String stdout = script.normalize(r.stdout());
        String stderr = script.normalize(r.stderr());
        if (r.timedOut()) {
            problems.add("timed out after " + CompatRun.TIMEOUT_SECONDS + " s");
        }
        if (r.exitCode() != script.exitCode()) {
            problems.add("exit status: expected " + script.exitCode() + ", got " + r.exitCode());
        }
        if (!stdout.equals(script.stdout())) {
            problems.add("stdout differs:\n" + TextDiff.diff(script.stdout(), stdout));
        }
        if (script.stderr() != null && !stderr.equals(script.stderr())) {
            problems.add("stderr differs:\n" + TextDiff.diff(script.stderr(), stderr));
        }
        if (!problems.isEmpty()) {
            StringBuilder msg = new StringBuilder(script.name()).append(": ")
                    .append(String.join("\n", problems));
            if (script.stderr() == null && !stderr.isEmpty()) {
                msg.append("\nnode4j's stderr:\n").append(indent(stderr));
            }
            fail(msg.toString());
        }
    }

    private static String indent(String text) {
        return text.lines().limit(40).map(l -> "  | " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
