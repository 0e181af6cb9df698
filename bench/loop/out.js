'use strict';
// What every loop benchmark prints, as the Java twins do (io.node4j.loop.bench.BenchOut): one
// machine line "ops/s: N" for bench/run-loop and one line for people.

const arg = (i, fallback) => (process.argv.length > 2 + i ? Number(process.argv[2 + i].replace(/_/g, '')) : fallback);

// ops operations took nanos (a bigint or number); idleNanos is the event loop's idle time in that
// phase (negative: not known).
function report(name, ops, nanos, idleNanos, detail) {
  nanos = Number(nanos);
  console.log(`ops/s: ${Math.round((ops * 1e9) / nanos)}`);
  const idle = idleNanos < 0 ? '' : `, loop idle ${((100 * idleNanos) / nanos).toFixed(1)}%`;
  console.log(`${name} (node): ${ops} ops in ${(nanos / 1e6).toFixed(1)} ms${idle}; ${detail}`);
}

module.exports = { arg, report };
