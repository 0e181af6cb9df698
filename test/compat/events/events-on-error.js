// events.on: an 'error' event rejects the pending (or next) next() once and ends the iteration; throw(err) does the same.
const { on, EventEmitter } = require('events');
(async () => {
  const e = new EventEmitter();
  const it = on(e, 'data');
  e.emit('data', 'before');
  e.emit('error', new Error('bad'));
  console.log(e.listenerCount('data'), e.listenerCount('error'));
  console.log(JSON.stringify(await it.next()));
  try { await it.next(); } catch (err) { console.log('rejected', err.message); }
  console.log(JSON.stringify(await it.next()));
  const it2 = on(e, 'data');
  const waiting = it2.next();
  e.emit('error', new Error('while waiting'));
  try { await waiting; } catch (err) { console.log('pending rejected', err.message); }
  const it3 = on(e, 'data');
  const p = it3.next();
  console.log(it3.throw(new Error('thrown in')));
  try { await p; } catch (err) { console.log('throw() rejected', err.message); }
  try { it3.throw('not an error'); } catch (err) { console.log(err.code, err.message); }
  const errors = on(e, 'error');
  console.log(e.listenerCount('error'));
  e.emit('error', 'as value');
  console.log(JSON.stringify(await errors.next()));
  await errors.return();
  console.log(e.listenerCount('error'), e.listenerCount('data'));
})();
