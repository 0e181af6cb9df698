// The Console class: custom streams, bound methods, the global console's keys, and validation.
const { Console } = require('console');
const out = [];
const stream = {
  write(chunk) { out.push(chunk); return true; },
  listenerCount() { return 0; },
  once() { return this; },
  removeListener() { return this; },
};
const c = new Console(stream);
c.log('to custom %d', 5);
c.error('errors go to stdout when no stderr is given');
const { log } = c;
log('bound');
console.log(JSON.stringify(out));
console.log(typeof console.Console, console.Console === Console, Object.keys(console).join());
console.log(c instanceof Console, console instanceof Console);
try {
  new Console({});
} catch (e) {
  console.log(e.code, e.message);
}
console.dirxml('x', 1);
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.log(require('node:console') === console);
