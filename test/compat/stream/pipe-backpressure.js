// pipe() pauses the source while the destination needs a drain and resumes on 'drain'.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);
let n = 0;
const src = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read() { n++; log('_read', n, 'flowing', this.readableFlowing); this.push(n <= 5 ? n : null); },
});
const pending = [];
const dst = new Writable({ objectMode: true, highWaterMark: 2, write(c, e, cb) { log('write', c); pending.push(cb); } });
src.on('pause', () => log('source paused'));
src.on('resume', () => log('source resumed'));
dst.on('drain', () => log('drain'));
dst.on('finish', () => log('finish'));
src.pipe(dst);
function release() {
  if (pending.length) {
    log('release', dst.writableLength, 'needDrain', dst.writableNeedDrain);
    pending.shift()();
  }
  if (!dst.writableFinished) setTimeout(release, 2);
}
setTimeout(release, 5);
