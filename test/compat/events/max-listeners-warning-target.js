// How the MaxListenersExceededWarning names the emitter: by its constructor as found on the prototype chain, with a differing Symbol.toStringTag.
const EE = require('events');
process.emitWarning = (w) => console.log(w.message.split(' added to ')[1].split('.')[0]);
function flood(t) { t.setMaxListeners(1); t.on('x', () => {}); t.on('x', () => {}); }
flood(Object.create(EE.prototype));
const plain = {}; for (const k in EE.prototype) plain[k] = EE.prototype[k]; EE.call(plain); flood(plain);
const np = Object.create(null); for (const k in EE.prototype) np[k] = EE.prototype[k]; EE.call(np); flood(np);
class Tagged extends EE { get [Symbol.toStringTag]() { return 'Tag'; } } flood(new Tagged());
class Anon extends EE {} ; Object.defineProperty(Anon, 'name', { value: '' }); flood(new Anon());
function Legacy() { EE.call(this); } Legacy.prototype = Object.create(EE.prototype); flood(new Legacy());
const arr = []; for (const k in EE.prototype) arr[k] = EE.prototype[k]; EE.call(arr); flood(arr);
const fn = function named() {}; for (const k in EE.prototype) fn[k] = EE.prototype[k]; EE.call(fn); flood(fn);
