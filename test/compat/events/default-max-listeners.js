// defaultMaxListeners applies to emitters without their own limit, at check time; events.setMaxListeners(n[, ...targets]) and events.getMaxListeners.
const events = require('events');
const { EventEmitter } = events;
const warnings = [];
process.emitWarning = (w) => warnings.push(`${w.type}:${w.count}`);
const a = new EventEmitter();
const b = new EventEmitter().setMaxListeners(5);
EventEmitter.defaultMaxListeners = 2;
console.log(a.getMaxListeners(), b.getMaxListeners(), events.getMaxListeners(a), events.getMaxListeners(b));
a.on('x', () => {}); a.on('x', () => {}); a.on('x', () => {});
console.log(warnings.join(' '));
events.setMaxListeners(4);
console.log(EventEmitter.defaultMaxListeners, a.getMaxListeners(), new EventEmitter().getMaxListeners());
console.log(events.setMaxListeners(7, a, b), a.getMaxListeners(), b.getMaxListeners(), EventEmitter.defaultMaxListeners);
events.setMaxListeners();
console.log(EventEmitter.defaultMaxListeners);
const duck = { setMaxListeners(n) { console.log('duck got', n); } };
events.setMaxListeners(3, duck);
try { events.setMaxListeners(3, a, {}); } catch (err) { console.log(err.code, err.message, a.getMaxListeners()); }
try { events.setMaxListeners(-2, a); } catch (err) { console.log(err.code, err.message); }
try { events.getMaxListeners({}); } catch (err) { console.log(err.code, err.message); }
try { events.getMaxListeners(null); } catch (err) { console.log(err.code, err.message); }
console.log(events.getMaxListeners({ getMaxListeners() { return 'ignored'; }, _maxListeners: 9 }));
