'use strict';
// node:net echo round trips on 127.0.0.1: the runtime twin of bench/loop/tcp-echo.js (which drives the
// loop directly from Java). A server and one client in this process; the client sends 64 bytes, waits
// until the 64 bytes came back, sends again; the server writes back every chunk it reads; TCP_NODELAY
// on both sockets. WARMUP round trips first (the JIT compiles net's and the streams' paths), then
// MEASURED timed ones: "bench-ms" is the measured phase, also given as round trips per second.
// Usage: node net-echo.js [WARMUP [MEASURED]]
const net = require('node:net');

const MESSAGE = 64;
const warmup = Number(process.argv[2] ?? 100_000);
const measured = Number(process.argv[3] ?? 100_000);
const target = warmup + measured;
const message = Buffer.alloc(MESSAGE);
for (let i = 0; i < MESSAGE; i++) message[i] = 0x61 + (i % 26);

const server = net.createServer({ noDelay: true }, (conn) => {
  conn.on('data', (data) => conn.write(data));
  conn.on('end', () => conn.end());
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', noDelay: true });
  let done = 0;
  let got = 0;
  let t0;
  client.on('connect', () => client.write(message));
  client.on('data', (data) => {
    got += data.length;
    while (got >= MESSAGE) {
      got -= MESSAGE;
      done++;
      if (done === warmup) t0 = process.hrtime.bigint();
      if (done === target) {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        console.log(`net-echo: ${measured} round trips in ${ms.toFixed(1)} ms, ` +
                    `${Math.round((measured * 1000) / ms)} round trips/s (after ${warmup} warm-up)`);
        console.log(`bench-ms: ${ms.toFixed(1)}`);
        client.end();
        server.close();
        return;
      }
    }
    if (got === 0) client.write(message);
  });
});
