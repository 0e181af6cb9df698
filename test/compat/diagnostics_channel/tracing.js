'use strict';
// TracingChannel: traceSync, tracePromise (promises, thenables, plain values, rejections) and
// traceCallback publish start/end/asyncStart/asyncEnd/error with one context object, in Node's order;
// with no subscriber the function is only called.
const dc = require('node:diagnostics_channel');
const fs = require('node:fs');
const log = (text) => process.stdout.write(`${text}\n`);

const tc = dc.tracingChannel('t');
console.log(tc.hasSubscribers, tc.traceSync((a) => a + 1, {}, null, 1), tc.tracePromise(() => 3) === 3);
const handler = (event) => (ctx) => log(`${event} ${JSON.stringify(ctx, (k, v) => (v instanceof Error ? `Error(${v.message})` : v))}`);
const handlers = { start: handler('start'), end: handler('end'), asyncStart: handler('asyncStart'),
                   asyncEnd: handler('asyncEnd'), error: handler('error') };
tc.subscribe(handlers);
console.log(tc.hasSubscribers, tc.start.name, tc.asyncEnd.name);

const r = tc.tracePromise(() => 5, { c: 1 });
log(`plain value gives a promise: ${r instanceof Promise}`);
tc.tracePromise(async () => { throw new Error('x'); }, { c: 2 }).catch(() => log('caught'));
log(`traceSync ${tc.traceSync(function (a, b) { return this.k + a + b; }, { c: 3 }, { k: 1 }, 2, 3)}`);
try {
  tc.traceSync(() => { throw new TypeError('ts'); }, { c: 4 });
} catch (err) {
  log(`traceSync threw ${err.message}`);
}
tc.traceCallback((a, cb) => setTimeout(() => cb(null, a * 2)), 1, { c: 5 }, null, 21, (err, v) => log(`cb ${v}`));
tc.traceCallback((cb) => setTimeout(() => cb(new Error('cb failed')), 5), 0, { c: 7 }, null, (err) => log(`cb error ${err.message}`));
try {
  tc.traceCallback(() => {}, -1, {}, null, 1);
} catch (err) {
  log(`${err.code} ${err.message}`);
}
const thenable = { then(resolve) { resolve(9); } };
tc.tracePromise(() => thenable, { c: 6 }).then((v) => log(`thenable ${v}`));
const noContext = tc.traceSync(() => 'default context');
log(noContext);
log(`unsubscribe unknown: ${tc.unsubscribe({ start: () => {} })}`);
setTimeout(() => {
  log(`unsubscribe all: ${tc.unsubscribe(handlers)} ${tc.hasSubscribers}`);
  const own = dc.tracingChannel({ start: dc.channel('s1'), end: dc.channel('e1'), asyncStart: dc.channel('as1'),
                                  asyncEnd: dc.channel('ae1'), error: dc.channel('er1') });
  dc.subscribe('s1', (m, name) => log(`own ${String(name)} ${JSON.stringify(m)}`));
  own.traceSync(() => 1, { own: true });
}, 20);
