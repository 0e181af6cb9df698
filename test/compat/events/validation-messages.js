// Argument validation: Node's ERR_INVALID_ARG_TYPE messages for non-function listeners in every method that takes one.
const EventEmitter = require('events');
const e = new EventEmitter();
const methods = ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'removeListener', 'off'];
const values = [undefined, null, 1, 'str', true, {}, [], Symbol('s'), 10n, 'short string'];
for (const m of methods) {
  try { e[m]('x'); } catch (err) { console.log(m, err.name, err.code); }
}
for (const v of values) {
  try { e.on('x', v); } catch (err) { console.log(err.message); }
}
class Foo {}
try { e.once('x', new Foo()); } catch (err) { console.log(err.message); }
console.log(e.listenerCount('x'), JSON.stringify(e.eventNames()));
const watcher = new EventEmitter();
watcher.on('newListener', () => console.log('newListener must not run'));
try { watcher.once('y', 5); } catch (err) { console.log(err.code); }
