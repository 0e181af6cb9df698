'use strict';
// Helpers for the dns scripts: a Resolver pointed at the loopback fixture server (DnsFixture,
// 127.0.0.1:53535), and printers for results and errors.
const dns = require('dns');
const SERVER = '127.0.0.1:53535';
function fixtureResolver(options = { timeout: 1000, tries: 1 }) {
  const r = new dns.Resolver(options);
  r.setServers([SERVER]);
  return r;
}
function fixturePromises(options = { timeout: 1000, tries: 1 }) {
  const r = new dns.promises.Resolver(options);
  r.setServers([SERVER]);
  return r;
}
function describeError(e) {
  return { name: e.name, code: e.code, errno: e.errno, syscall: e.syscall, hostname: e.hostname,
           message: e.message, keys: Object.keys(e) };
}
// Runs callback-style calls one after another: each step is (done) => call(..., done).
function series(steps) {
  let i = 0;
  const next = () => {
    if (i === steps.length) return;
    const [label, step] = steps[i++];
    step((err, ...res) => {
      console.log(label, err ? describeError(err) : res.length === 1 ? res[0] : res);
      next();
    });
  };
  next();
}
function show(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
module.exports = { SERVER, fixtureResolver, fixturePromises, describeError, series, show };
