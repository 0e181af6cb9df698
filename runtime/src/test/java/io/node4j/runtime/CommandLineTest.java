package io.node4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.node4j.runtime.CommandLine.Action;

class CommandLineTest {

    @Test
    void scriptTakesTheArgumentsAfterIt() {
        CommandLine c = CommandLine.parse(List.of("app.js", "-e", "x", "--version"));
        assertEquals(Action.RUN_SCRIPT, c.action());
        assertEquals("app.js", c.script());
        assertEquals(List.of("-e", "x", "--version"), c.scriptArgs());
        assertEquals(List.of(), c.execArgv());
    }

    @Test
    void evalKeepsItsCodeInExecArgvAndTheRestAsArguments() {
        CommandLine c = CommandLine.parse(List.of("-e", "1+1", "a", "b"));
        assertEquals(Action.EVAL, c.action());
        assertEquals("1+1", c.code());
        assertEquals(List.of("a", "b"), c.scriptArgs());
        assertEquals(List.of("-e", "1+1"), c.execArgv());
    }

    @Test
    void printWinsOverEvalInEitherOrder() {
        assertEquals(Action.PRINT, CommandLine.parse(List.of("-pe", "1")).action());
        assertEquals(Action.PRINT, CommandLine.parse(List.of("-p", "1")).action());
        assertEquals(Action.PRINT, CommandLine.parse(List.of("--print=1")).action());
        assertEquals("1", CommandLine.parse(List.of("--print=1")).code());
    }

    @Test
    void doubleDashEndsOptions() {
        CommandLine c = CommandLine.parse(List.of("--", "-weird.js", "x"));
        assertEquals(Action.RUN_SCRIPT, c.action());
        assertEquals("-weird.js", c.script());
    }

    @Test
    void unknownOptionIsABadOption() {
        CommandLine c = CommandLine.parse(List.of("--frobnicate", "app.js"));
        assertEquals(Action.BAD_OPTION, c.action());
        assertEquals("bad option: --frobnicate", c.error());
    }

    @Test
    void knownFlagsAndValuedOptionsStayInExecArgv() {
        CommandLine c = CommandLine.parse(List.of("--no-warnings", "--expose_gc", "-r", "dotenv/config",
                "--require=./x.js", "--max-old-space-size=64", "--env-file", ".env", "app.js", "--no-warnings"));
        assertEquals(Action.RUN_SCRIPT, c.action());
        assertEquals("app.js", c.script());
        assertEquals(List.of("--no-warnings", "--expose_gc", "-r", "dotenv/config", "--require=./x.js",
                "--max-old-space-size=64", "--env-file", ".env"), c.execArgv());
        assertEquals(List.of("--no-warnings"), c.scriptArgs());
    }

    @Test
    void aFlagGivenAValueOrAValuedOptionWithoutOneIsBad() {
        assertEquals("bad option: --no-warnings=1", CommandLine.parse(List.of("--no-warnings=1", "a.js")).error());
        assertEquals("--require requires an argument", CommandLine.parse(List.of("--require")).error());
        assertEquals("-r requires an argument", CommandLine.parse(List.of("-r")).error());
    }

    @Test
    void unhandledRejectionsTakesOnlyNodesModes() {
        for (String mode : List.of("throw", "strict", "warn", "warn-with-error-code", "none")) {
            assertEquals(Action.EVAL, CommandLine.parse(List.of("--unhandled-rejections=" + mode, "-e", "1")).action());
        }
        assertEquals("invalid value for --unhandled-rejections",
                CommandLine.parse(List.of("--unhandled-rejections", "sometimes", "-e", "1")).error());
    }

    @Test
    void inputTypeTakesNodesFourValues() {
        for (String type : List.of("module", "commonjs", "module-typescript", "commonjs-typescript")) {
            assertEquals(Action.EVAL, CommandLine.parse(List.of("--input-type", type, "-e", "1")).action());
        }
        assertEquals("--input-type must be \"module\",\"commonjs\", \"module-typescript\" or \"commonjs-typescript\"",
                CommandLine.parse(List.of("--input-type=esm", "-e", "1")).error());
    }

    @Test
    void evalWithoutCodeIsABadOption() {
        assertEquals("-e requires an argument", CommandLine.parse(List.of("-e")).error());
    }

    @Test
    void noScriptReadsTheProgramFromStdin() {
        CommandLine c = CommandLine.parse(List.of());
        assertEquals(Action.STDIN, c.action());
        assertNull(c.script());
    }
}
