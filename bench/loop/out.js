'use strict';
// What every loop benchmark prints, as the Java twins do (io.node4j.loop.bench.BenchOut): one
// machine line "ops/s: N" for bench/run-loop and one line for people.

const arg = (i, fallback) => (process.argv.length > 2 + i ? Number(process.argv[2 + i].replace(/_/g, '')) : fallback);

// CPU time of the whole process so far (every thread), in microseconds: per operation it is steadier
// than wall time on a shared machine, where a runnable thread may wait for a core.
const cpuMicros = () => { const u = process.cpuUsage(); return u.user + u.system; };

// ops operations took nanos (a bigint or number) and cpuMicros of CPU; idleNanos is the event
// loop's idle time in that phase.
function report(name, ops, nanos, cpu, idleNanos, detail) {
  nanos = Number(nanos);
  console.log(`ops/s: ${Math.round((ops * 1e9) / nanos)}`);
  console.log(`${name} (node): ${ops} ops in ${(nanos / 1e6).toFixed(1)} ms, cpu ${(cpu / ops).toFixed(3)} us/op, `
    + `loop idle ${((100 * idleNanos) / nanos).toFixed(1)}%; ${detail}`);
}

module.exports = { arg, cpuMicros, report };
