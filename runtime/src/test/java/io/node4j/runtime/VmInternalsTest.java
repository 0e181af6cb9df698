package io.node4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The engine side of node:vm on a bare Context (no lib/): realms, the sandbox proxy, scripts bound to
 * realms, offsets, stopping a run, a context's own microtasks. Each test enters the Context, as a
 * binding call would be inside it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class VmInternalsTest {
    private Context context;

    @BeforeEach
    void enter() {
        context = Engines.newContext();
        context.initialize("js");
        context.enter();
    }

    @AfterEach
    void leave() {
        context.leave();
        context.close();
    }

    private Value js(String code) {
        return context.eval("js", code);
    }

    /** A guest object handed back by VmInternals, as JS would see it. */
    private Value value(Object raw) {
        return context.asValue(raw);
    }

    private Value run(Object program, Object self, long timeout, VmInternals.VmContext ctx) {
        return value(VmInternals.runFunction()).execute(value(program), self, timeout, false, ctx, "timed out",
                "interrupted");
    }

    @Test
    void aContextHasBuiltinsOfItsOwnAndNoEngineGlobals() {
        VmInternals.VmContext ctx = VmInternals.newContext(null, false);
        Value global = value(VmInternals.global(ctx));
        assertFalse(global.getMember("Array").equals(js("Array")));
        assertTrue(global.getMember("Array").hasMembers());
        assertFalse(global.hasMember("Graal"));
        assertFalse(global.hasMember("Debug"));
        assertFalse(VmInternals.isContextGlobal(global), "a vanilla context's global is no proxy");
        Value program = value(VmInternals.bind((VmInternals.VmScript) VmInternals.compileScript(
                "[] instanceof Array && this === globalThis", "t.js", 0, 0, ctx, 0), ctx));
        assertTrue(run(program, global, -1, ctx).asBoolean());
    }

    @Test
    void aSandboxGlobalAsksItsTraps() {
        Value traps = js("({ get(target, key, receiver) { return key === 'answer' ? 42 : Reflect.get(target, key, receiver); },"
                + " has(target, key) { return key === 'answer' || Reflect.has(target, key); } })");
        VmInternals.VmContext ctx = VmInternals.newContext(traps, false);
        Value global = value(VmInternals.global(ctx));
        assertTrue(VmInternals.isContextGlobal(global));
        Object script = VmInternals.compileScript("answer + 1", "t.js", 0, 0, ctx, 0);
        assertEquals(43, run(VmInternals.bind((VmInternals.VmScript) script, ctx), global, -1, ctx).asInt());
        Value inner = value(VmInternals.innerGlobal(ctx));
        assertTrue(inner.getMember("globalThis").equals(global), "globalThis names the proxy");
    }

    @Test
    void oneScriptRunsInManyRealms() {
        VmInternals.VmScript script = (VmInternals.VmScript) VmInternals.compileScript(
                "typeof counter === 'number' ? ++counter : (counter = 1)", "t.js", 0, 0, null, 0);
        VmInternals.VmContext a = VmInternals.newContext(null, false);
        VmInternals.VmContext b = VmInternals.newContext(null, false);
        assertEquals(1, run(VmInternals.bind(script, a), VmInternals.global(a), -1, a).asInt());
        assertEquals(2, run(VmInternals.bind(script, a), VmInternals.global(a), -1, a).asInt());
        assertEquals(1, run(VmInternals.bind(script, b), VmInternals.global(b), -1, b).asInt());
        assertFalse(js("typeof counter === 'number'").asBoolean(), "the main realm is untouched");
    }

    @Test
    void offsetsMoveTheFramesOfTheirSource() {
        EngineInternals.installStackTraceCallback();
        VmInternals.VmScript script = (VmInternals.VmScript) VmInternals.compileScript(
                "new Error('x').stack.split('\\n')[1].trim()", "offsets.js", 10, 4, null, 0);
        String frame = run(VmInternals.bind(script, null), js("globalThis"), -1, null).asString();
        assertEquals("at offsets.js:11:5", frame);
        VmInternals.VmScript negative = (VmInternals.VmScript) VmInternals.compileScript(
                "\n\nnew Error('x').stack.split('\\n')[1].trim()", "negative.js", -2, 4, null, 0);
        assertEquals("at negative.js:1:1", run(VmInternals.bind(negative, null), js("globalThis"), -1, null).asString(),
                "the column offset is for the first line only");
    }

    @Test
    void aSyntaxErrorComesBackAsAnArrayOfIt() {
        Value failed = value(VmInternals.compileScript("let = ;", "bad.js", 0, 0, null, 0));
        assertTrue(failed.hasArrayElements());
        assertEquals("SyntaxError", failed.getArrayElement(0).getMember("name").asString());
        Value early = value(VmInternals.compileFunction("})({", "fn.js", 0, 0, "", null, null, 0));
        assertTrue(early.hasArrayElements(), "a body cannot close its function");
        Value fn = value(VmInternals.compileFunction("return a + b", "fn.js", 0, 0, "a, b", null, null, 0));
        assertEquals(5, fn.execute(2, 3).asInt());
        assertEquals("function (a, b) {\nreturn a + b\n}", fn.toString());
    }

    @Test
    void contextExtensionsAreScopesTheLastOneInnermost() {
        Value extensions = js("[{ c: 'first', d: 1 }, { c: 'second' }]");
        Value fn = value(VmInternals.compileFunction("d++; return c + d", "fn.js", 0, 0, "", extensions, null, 0));
        assertEquals("second2", fn.execute().asString());
        assertEquals(2, extensions.getArrayElement(0).getMember("d").asInt());
    }

    @Test
    void aTimeoutStopsTheRunPastCatchAndFinally() {
        VmInternals.VmContext ctx = VmInternals.newContext(null, false);
        Value global = value(VmInternals.global(ctx));
        Object script = VmInternals.compileScript(
                "try { while (true) {} } catch (e) { caught = true; } finally { cleaned = true; }", "t.js", 0, 0, ctx, 0);
        long start = System.nanoTime();
        Value result = run(VmInternals.bind((VmInternals.VmScript) script, ctx), global, 50, ctx);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals("timed out", result.asString());
        assertTrue(elapsedMs >= 50 && elapsedMs < 20_000, "stopped after " + elapsedMs + " ms");
        assertFalse(global.hasMember("caught"));
        assertFalse(global.hasMember("cleaned"));
        // The context is still usable, and a later run is not stopped by the old watchdog.
        Object next = VmInternals.compileScript("for (let i = 0; i < 1e6; i++) {} 'done'", "t.js", 0, 0, ctx, 0);
        assertEquals("done", run(VmInternals.bind((VmInternals.VmScript) next, ctx), global, 10_000, ctx).asString());
    }

    @Test
    void aTimeoutWaitsForJsCalledFromJavaToReturn() {
        // The script calls Java, which calls back into JS that is busy past the timeout: stopping it
        // there would reach the Java caller as an internal error, so the run stops once back in its JS.
        Value busy = js("(function busy() { const end = Date.now() + 300; while (Date.now() < end) {} nestedDone = 'back'; })");
        org.graalvm.polyglot.proxy.ProxyExecutable viaJava = args -> busy.execute();
        js("globalThis").putMember("viaJava", viaJava);
        Object script = VmInternals.compileScript("viaJava(); while (true) {}", "t.js", 0, 0, null, 0);
        Value result = run(VmInternals.bind((VmInternals.VmScript) script, null), js("globalThis"), 50, null);
        assertEquals("timed out", result.asString());
        assertEquals("back", js("nestedDone").asString(), "the nested call ran to its end");
    }

    @Test
    void aScriptErrorLeavesTheRunAsItself() {
        Object script = VmInternals.compileScript("\nthrow new RangeError('r')", "err.js", 3, 0, null, 0);
        try {
            run(VmInternals.bind((VmInternals.VmScript) script, null), js("globalThis"), 1000, null);
        } catch (PolyglotException e) {
            assertTrue(e.isGuestException());
            assertEquals("RangeError", e.getGuestObject().getMember("name").asString());
            Object[] site = (Object[]) VmInternals.takeThrowSite();
            assertEquals("err.js", value(site[0]).asString());
            assertEquals(5, site[1], "line 2 moved by the line offset");
            assertEquals("throw new RangeError('r')", value(site[3]).asString());
            assertEquals(null, VmInternals.takeThrowSite(), "read once");
            return;
        }
        throw new AssertionError("the script did not throw");
    }

    @Test
    void aStackOverflowLeavesTheRunAsTheContextsRangeError() {
        VmInternals.VmContext ctx = VmInternals.newContext(null, false);
        Value global = value(VmInternals.global(ctx));
        Object script = VmInternals.compileScript("function down(n) { return down(n + 1) + 1; } down(0)", "t.js", 0, 0,
                ctx, 0);
        try {
            run(VmInternals.bind((VmInternals.VmScript) script, ctx), global, -1, ctx);
        } catch (PolyglotException e) {
            Value error = e.getGuestObject();
            assertEquals("RangeError", error.getMember("name").asString());
            assertTrue(error.getMember("constructor").equals(global.getMember("RangeError")), "the context's RangeError");
            return;
        }
        throw new AssertionError("the script did not overflow");
    }

    @Test
    void anAfterEvaluateContextRunsItsJobsBeforeTheRunReturns() {
        VmInternals.VmContext ctx = VmInternals.newContext(null, true);
        Value global = value(VmInternals.global(ctx));
        Object script = VmInternals.compileScript(
                "log = []; Promise.resolve().then(() => log.push('job')).then(() => log.push('chained')); log.push('sync'); log",
                "t.js", 0, 0, ctx, 0);
        Value log = run(VmInternals.bind((VmInternals.VmScript) script, ctx), global, -1, ctx);
        assertEquals(3, log.getArraySize());
        assertEquals("sync", log.getArrayElement(0).asString());
        assertEquals("job", log.getArrayElement(1).asString());
        assertEquals("chained", log.getArrayElement(2).asString());
    }

    @Test
    void aTimeoutCoversAnAfterEvaluateContextsJobs() {
        VmInternals.VmContext ctx = VmInternals.newContext(null, true);
        Object script = VmInternals.compileScript("Promise.resolve().then(() => { while (true) {} })", "t.js", 0, 0,
                ctx, 0);
        assertEquals("timed out",
                run(VmInternals.bind((VmInternals.VmScript) script, ctx), VmInternals.global(ctx), 50, ctx).asString());
    }

    @Test
    void theImportPolicyIsKeptPerSource() {
        VmInternals.VmScript script = (VmInternals.VmScript) VmInternals.compileScript("1", "p.js", 0, 0, null, 1);
        assertEquals(1, VmInternals.importPolicy(script.source));
        assertEquals(null, VmInternals.importPolicy(null));
    }

    @Test
    void contextsNoLongerReachableAreCollected() {
        long before = heapUsedAfterGc();
        for (int i = 0; i < 48; i++) {
            VmInternals.VmContext ctx = VmInternals.newContext(null, false);
            Object script = VmInternals.compileScript("globalThis.keep = new ArrayBuffer(8 * 1024 * 1024); 1",
                    "keep.js", 0, 0, ctx, 0);
            run(VmInternals.bind((VmInternals.VmScript) script, ctx), VmInternals.global(ctx), -1, ctx);
        }
        long growth = heapUsedAfterGc() - before;
        // 48 contexts × 8 MB are 384 MB if the realms stay reachable.
        assertTrue(growth < 160L << 20, "heap grew by " + (growth >> 20) + " MB");
    }

    private static long heapUsedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void handlesAreOpaqueToJs() {
        assertInstanceOf(VmInternals.VmContext.class, VmInternals.newContext(null, false));
        Value handle = context.asValue(VmInternals.newContext(null, false));
        assertTrue(handle.isHostObject());
        assertFalse(handle.hasMember("realm"), "no member of a handle is exported");
    }
}
