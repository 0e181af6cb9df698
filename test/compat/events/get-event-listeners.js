// events.getEventListeners(emitter, name): the unwrapped listeners of an emitter (or anything with listeners()); others are rejected.
const events = require('events');
const e = new events.EventEmitter();
function a() {}
function b() {}
e.on('x', a);
e.once('x', b);
const got = events.getEventListeners(e, 'x');
console.log(got.length, got[0] === a, got[1] === b, events.getEventListeners(e, 'none').length);
console.log(events.getEventListeners({ listeners(t) { return ['duck', t]; } }, 'q').join(' '));
for (const bad of [{}, 1, 'str']) {
  try { events.getEventListeners(bad, 'x'); } catch (err) { console.log(err.code, err.message); }
}
try { events.getEventListeners(null, 'x'); } catch (err) { console.log(err.name); }
