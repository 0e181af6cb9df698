// Agent's defaults and options, and the global agent's.
'use strict';
const http = require('http');

const a = new http.Agent();
console.log(a.keepAlive, a.keepAliveMsecs, a.maxSockets, a.maxFreeSockets, a.maxTotalSockets, a.scheduling,
            a.defaultPort, a.protocol, a.totalSocketCount);
console.log(a.options);
const g = http.globalAgent;
console.log(g.keepAlive, g.scheduling, g.options.timeout, g instanceof http.Agent);
const b = new http.Agent({ keepAlive: true, maxSockets: 3, maxFreeSockets: 2, scheduling: 'fifo', timeout: 100 });
console.log(b.keepAlive, b.maxSockets, b.maxFreeSockets, b.scheduling);
console.log(b.getName(), b.getName({ host: 'h', port: 8, localAddress: '1.2.3.4', family: 6 }));
for (const bad of [{ scheduling: 'x' }, { maxTotalSockets: 0 }, { maxTotalSockets: 'a' }]) {
  try { new http.Agent(bad); } catch (e) { console.log(e.code, e.message); }
}
console.log(http.Agent.defaultMaxSockets);
