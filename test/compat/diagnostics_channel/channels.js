'use strict';
// Channels: identity by name (strings and symbols), the Channel/ActiveChannel switch as subscribers
// come and go, publish to every subscriber (one that throws becomes an uncaught exception on the next
// tick), the module functions, TracingChannel's shape, and the argument errors.
const dc = require('diagnostics_channel');
console.log(Object.keys(dc), Object.keys(require('node:diagnostics_channel')).length);
const ch = dc.channel('a');
console.log(ch, ch === dc.channel('a'), ch.hasSubscribers, dc.hasSubscribers('a'), Object.getPrototypeOf(ch).constructor.name);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(ch)), Object.keys(ch));
const f = (m, n) => console.log('got', m, n);
ch.subscribe(f);
console.log(ch, Object.getPrototypeOf(ch).constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(ch)), ch instanceof dc.Channel, ch.hasSubscribers);
ch.publish({ x: 1 });
console.log(ch.unsubscribe(f), ch.unsubscribe(f), ch, Object.getPrototypeOf(ch).constructor.name);
const sym = Symbol('s'); const cs = dc.channel(sym); console.log(cs);
for (const v of [1, null, {}, undefined]) { try { dc.channel(v); } catch (e) { console.log(e.code, e.message); } }
for (const v of [1, null, 'x']) { try { ch.subscribe(v); } catch (e) { console.log(e.code, e.message); } }
try { dc.subscribe('b', 1); } catch (e) { console.log(e.code, e.message); }
console.log(dc.subscribe('b', f), dc.hasSubscribers('b'), dc.unsubscribe('b', f), dc.unsubscribe('b', f), dc.unsubscribe('zzz', f));
try { new dc.Channel('c'); console.log('constructed'); } catch (e) { console.log(e.message); }
console.log(typeof dc.Channel, dc.Channel.name);
const tc = dc.tracingChannel('t');
console.log(tc, Object.keys(tc), Object.getOwnPropertyNames(Object.getPrototypeOf(tc)), tc.hasSubscribers);
const tc2 = dc.tracingChannel({ start: dc.channel('s1'), end: dc.channel('e1'), asyncStart: dc.channel('as1'), asyncEnd: dc.channel('ae1'), error: dc.channel('er1') });
console.log(tc2.start.name, tc2.error.name);
for (const v of [1, null, { start: 1 }, { start: dc.channel('x'), end: 2 }]) { try { dc.tracingChannel(v); } catch (e) { console.log(e.code, e.message); } }
ch.subscribe(() => { throw new Error('sub threw'); });
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
ch.publish('after throw'); console.log('publish returned');

// Stores: runStores runs the function inside each bound store's run(), outermost last bound, with
// the transformed data; a transform that throws is reported later and the store skipped.
const log = (text) => process.stdout.write(`${text}\n`);
const store = (name) => ({ run(context, fn) { log(`${name}.run ${JSON.stringify(context)}`); return fn(); } });
const sc = dc.channel('stores');
const s1 = store('s1');
const s2 = store('s2');
sc.bindStore(s1);
sc.bindStore(s2, (data) => ({ wrapped: data }));
sc.subscribe((m) => log(`subscriber ${JSON.stringify(m)}`));
console.log(sc.runStores({ id: 1 }, function (a, b) { log(`fn ${this.self} ${a} ${b}`); return 'result'; }, { self: 'this' }, 1, 2));
sc.bindStore(s2, () => { throw new Error('transform threw'); });
console.log(sc.runStores({ id: 2 }, () => 'second'));
console.log(sc.unbindStore(s1), sc.unbindStore(s1), sc.unbindStore(s2), sc.hasSubscribers);
console.log(dc.channel('idle').runStores(1, (x) => x * 2, null, 21), dc.channel('idle').unbindStore(s1));
const failing = dc.channel('failing-subscribe');
try { failing.subscribe('not a function'); } catch (err) { console.log(err.code); }
console.log(failing, failing.hasSubscribers);
console.log({} instanceof dc.Channel, Object.create(dc.Channel.prototype) instanceof dc.Channel);
