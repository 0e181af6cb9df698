'use strict';
// TCP echo round trips per second on 127.0.0.1; twin of io.node4j.loop.bench.TcpEchoBench.
// Server and CONNS clients in this process. Each client sends a 64-byte message, waits until all 64
// bytes came back, sends the next, until WARMUP + MEASURED round trips are done in total; the last
// MEASURED are timed. The server writes back every chunk it reads. setNoDelay(true) everywhere.
// Usage: node tcp-echo.js [CONNS [WARMUP [MEASURED]]]
const net = require('node:net');
const { performance } = require('node:perf_hooks');
const { arg, cpuMicros, report } = require('./out.js');

const MESSAGE = 64;
const conns = arg(0, 1);
const warmup = arg(1, 50_000);
const measured = arg(2, 150_000);
const target = warmup + measured;
const message = Buffer.alloc(MESSAGE);
for (let i = 0; i < MESSAGE; i++) message[i] = 0x61 + (i % 26);

let started = 0;
let done = 0;
let closedClients = 0;
let t0, t1, c0, c1, elu0, elu1;

const server = net.createServer((conn) => {
  conn.setNoDelay(true);
  conn.on('data', (data) => conn.write(data));
  conn.on('end', () => conn.destroy());
});

function send(client) {
  started++;
  client.write(message);
}

function roundTripDone() {
  done++;
  if (done === warmup) {
    t0 = process.hrtime.bigint();
    c0 = cpuMicros();
    elu0 = performance.eventLoopUtilization();
  } else if (done === target) {
    t1 = process.hrtime.bigint();
    c1 = cpuMicros();
    elu1 = performance.eventLoopUtilization();
  }
}

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  for (let i = 0; i < conns; i++) {
    const client = net.connect({ port, host: '127.0.0.1' });
    client.setNoDelay(true);
    let got = 0;
    client.on('connect', () => send(client));
    client.on('data', (data) => {
      got += data.length;
      if (got < MESSAGE) return;
      got -= MESSAGE;
      roundTripDone();
      if (started < target) {
        send(client);
      } else {
        client.destroy();
        if (++closedClients === conns) server.close();
      }
    });
  }
});

process.on('exit', () => {
  if (done !== target) throw new Error(`round trips ${done} of ${target}`);
  report(conns === 1 ? 'tcp-echo' : `tcp-echo x${conns}`, measured, t1 - t0, c1 - c0, (elu1.idle - elu0.idle) * 1e6,
    `${conns} connection(s), ${MESSAGE}-byte messages, round trips`);
});
