'use strict';
// Sequential fetch() GETs of a small body from a node:http server in this process (127.0.0.1, one
// kept-alive connection): each fetch waits for the previous body to be read. WARMUP fetches first
// (the JIT compiles fetch's, http's and the web streams' paths), then MEASURED timed ones:
// "bench-ms" is the measured phase, also given as fetches per second.
// Usage: node fetch-get.js [WARMUP [MEASURED]]
const http = require('node:http');

const warmup = Number(process.argv[2] ?? 2_000);
const measured = Number(process.argv[3] ?? 2_000);
const body = 'x'.repeat(64);

const server = http.createServer((req, res) => {
  res.setHeader('content-type', 'text/plain');
  res.end(body);
});

server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const get = async () => {
    const text = await (await fetch(url)).text();
    if (text.length !== body.length) throw new Error(`short body: ${text.length}`);
  };
  for (let i = 0; i < warmup; i++) await get();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < measured; i++) await get();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`fetch-get: ${measured} fetches in ${ms.toFixed(1)} ms, ` +
              `${Math.round((measured * 1000) / ms)} fetches/s (after ${warmup} warm-up)`);
  console.log(`bench-ms: ${ms.toFixed(1)}`);
  server.close();
});
