// An 'error' listener handles errors: emit returns true, once('error') handles one, and after removal errors throw again.
const EventEmitter = require('events');
const e = new EventEmitter();
e.once('error', (err) => console.log('once handled', err));
console.log(e.emit('error', 'first'));
try { e.emit('error', 'second'); } catch (err) { console.log('thrown', err.code, err.message); }
const handler = (err, extra) => console.log('handled', err.message, extra);
e.on('error', handler);
console.log(e.emit('error', new Error('third'), 'x'));
e.off('error', handler);
try { e.emit('error', new RangeError('fourth')); } catch (err) { console.log('thrown again', err.name, err.message); }
e.on('error', function () { throw new Error('from listener'); });
try { e.emit('error', 'fifth'); } catch (err) { console.log('listener threw', err.message); }
e.removeAllListeners('error');
e.on('data', () => { throw new Error('listener error propagates'); });
e.on('data', () => console.log('never reached'));
try { e.emit('data'); } catch (err) { console.log(err.message); }
