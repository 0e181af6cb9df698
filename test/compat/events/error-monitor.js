// events.errorMonitor listeners see 'error' events before the 'error' listeners, and do not count as handling them.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;
console.log(typeof errorMonitor, String(errorMonitor), errorMonitor === require('events').errorMonitor);
const e = new EventEmitter();
e.on(errorMonitor, (err, x) => console.log('monitor', err.message, x));
try { e.emit('error', new Error('first'), 'arg'); } catch (err) { console.log('thrown', err.message); }
e.on('error', (err) => console.log('listener', err.message));
e.prependListener(errorMonitor, (err) => console.log('monitor 0', err.message));
console.log(e.emit('error', new Error('second')));
console.log(e.listenerCount(errorMonitor), e.listenerCount('error'), e.eventNames().map(String).join(','));
console.log(e.emit(errorMonitor, new Error('direct')));
