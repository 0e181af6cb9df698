// autoSelectFamily with a lookup giving several addresses: each attempt is announced
// ('connectionAttempt', 'connectionAttemptFailed'), families alternate starting with the first
// address's, autoSelectFamilyAttemptedAddresses lists the tries; when all fail, an AggregateError
// with the first error's code. A single address fails with its own error.
'use strict';
const net = require('net');

const server = net.createServer((sock) => sock.end('hi'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const hide = (x) => (x instanceof Error ? `${x.name} ${x.code} ${x.message.replaceAll(String(port), 'PORT')}`
    : x === port ? 'PORT' : x);
  function attempt(tag, addresses, next) {
    const s = net.connect({
      port, host: 'multi.test',
      lookup: (host, opts, cb) => {
        console.log(tag, 'lookup options', JSON.stringify(opts));
        setImmediate(cb, null, addresses);
      },
    });
    for (const ev of ['lookup', 'connectionAttempt', 'connectionAttemptFailed', 'connect', 'error', 'close']) {
      s.on(ev, (...args) => console.log(tag, ev, args.map(hide).join(' ')));
    }
    s.on('data', () => {});
    s.on('close', () => {
      console.log(tag, 'attempted', (s.autoSelectFamilyAttemptedAddresses || []).map(hide).join(',').replaceAll(String(port), 'PORT'));
      next();
    });
  }
  attempt('A', [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }], () =>
    attempt('B', [{ address: '127.0.0.1', family: 4 }], () =>
      attempt('C', [{ address: '127.0.0.2', family: 4 }, { address: '127.0.0.3', family: 4 }, { address: '::1', family: 6 }], () =>
        server.close(() => attempt('D', [{ address: '127.0.0.1', family: 4 }], () => {})))));
});
