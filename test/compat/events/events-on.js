// events.on(emitter, name): an async iterator of each event's argument array, buffering events emitted before next(); return() stops it.
const { on, EventEmitter } = require('events');
(async () => {
  const e = new EventEmitter();
  const it = on(e, 'data');
  console.log(e.listenerCount('data'), e.listenerCount('error'), typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  e.emit('data', 1);
  e.emit('data', 2, 'b');
  e.emit('data');
  const seen = [];
  for await (const args of it) {
    seen.push(JSON.stringify(args));
    if (seen.length === 3) break;
  }
  console.log(seen.join(' '), e.listenerCount('data'), e.listenerCount('error'));
  console.log(JSON.stringify(await it.next()));
  const it2 = on(e, 'tick');
  const pending = [it2.next(), it2.next()];
  e.emit('tick', 'a');
  e.emit('tick', 'b');
  const results = await Promise.all(pending);
  console.log(JSON.stringify(results));
  const third = it2.next();
  const closed = await it2.return();
  console.log(JSON.stringify(closed), JSON.stringify(await third), e.listenerCount('tick'));
  e.emit('tick', 'ignored');
  console.log(JSON.stringify(await it2.next()));
  const wm = it2[Symbol.for('nodejs.watermarkData')];
  console.log(wm.size, wm.low, wm.high, wm.isPaused);
})();
