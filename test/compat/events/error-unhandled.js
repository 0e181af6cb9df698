// emit('error') without a listener throws: the error itself if it is an Error, else ERR_UNHANDLED_ERROR with the value as context.
const EventEmitter = require('events');
const e = new EventEmitter();
const boom = new TypeError('boom');
try { e.emit('error', boom, 'extra'); } catch (err) { console.log(err === boom, err.message); }
for (const value of [undefined, 'str', 42, null, { a: 1 }, [1, 2], true]) {
  try {
    e.emit('error', value);
  } catch (err) {
    console.log(err.name, err.code, err.message, err.context === value, err instanceof Error, JSON.stringify(Object.keys(err)));
  }
}
try { e.emit('error'); } catch (err) { console.log(err.message, 'context' in err, err.context); }
e.on('error', (err, more) => console.log('handled', err.message, more));
console.log(e.emit('error', boom, 1));
const bare = Object.create(EventEmitter.prototype);
try { bare.emit('error', 'x'); } catch (err) { console.log('no _events:', err.message); }
console.log(bare.emit('other'));
