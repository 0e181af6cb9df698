// pause(), resume(), isPaused() and readableFlowing through 'data' listeners and removal.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({ objectMode: true, read() {} });
log('initial', r.readableFlowing, r.isPaused());
r.pause();
log('after pause', r.readableFlowing, r.isPaused());
const onData = (d) => log('data', d);
r.on('data', onData);
log('data listener on paused stream', r.readableFlowing);
r.push(1);
setTimeout(() => {
  r.resume();
  log('after resume', r.readableFlowing, r.isPaused());
  setTimeout(() => {
    r.removeListener('data', onData);
    log('listener removed', r.readableFlowing);
    r.push(2);
    setTimeout(() => {
      log('buffered', r.readableLength);
      const onReadable = () => {};
      r.on('readable', onReadable);
      log('readable listener: flowing', r.readableFlowing);
      r.removeListener('readable', onReadable);
      process.nextTick(() => {
        log('after readable removed', r.readableFlowing);
        r.readableFlowing = true;
        log('set flowing', r.readableFlowing);
        r.on('data', (d) => log('data again', d));
      });
    }, 2);
  }, 2);
}, 2);
r.on('pause', () => log('pause event'));
r.on('resume', () => log('resume event'));
