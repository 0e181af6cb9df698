// events.on options: close events end the iteration, highWaterMark/lowWaterMark pause and resume the emitter, and their validation.
const { on, EventEmitter } = require('events');
(async () => {
  const e = new EventEmitter();
  const it = on(e, 'data', { close: ['end', 'finish'] });
  console.log(e.listenerCount('end'), e.listenerCount('finish'));
  e.emit('data', 1);
  e.emit('end');
  e.emit('data', 2);
  for await (const [v] of it) console.log('value', v);
  console.log('ended', e.listenerCount('data'), e.listenerCount('end'), e.listenerCount('finish'));
  class Pausable extends EventEmitter {
    pause() { console.log('pause'); }
    resume() { console.log('resume'); }
  }
  const s = new Pausable();
  const it2 = on(s, 'data', { highWaterMark: 2, lowWaterMark: 1 });
  const wm = it2[Symbol.for('nodejs.watermarkData')];
  for (let i = 0; i < 4; i++) { s.emit('data', i); console.log('emitted', i, wm.size, wm.isPaused); }
  for (let i = 0; i < 4; i++) { const r = await it2.next(); console.log('read', r.value[0], wm.size, wm.isPaused); }
  await it2.return();
  const legacy = on(s, 'data', { highWatermark: 3, lowWatermark: 2 });
  console.log(legacy[Symbol.for('nodejs.watermarkData')].high, legacy[Symbol.for('nodejs.watermarkData')].low);
  await legacy.return();
  for (const options of [{ highWaterMark: 0 }, { highWaterMark: 1.5 }, { lowWaterMark: 'x' }, { highWaterMark: null, lowWaterMark: 0 }, null, 'x']) {
    try { on(s, 'data', options); console.log('accepted'); } catch (err) { console.log(err.code, err.message); }
  }
  try { on({}, 'data'); } catch (err) { console.log(err.code, err.message); }
  console.log(s.listenerCount('data'), s.listenerCount('error'));
})();
