// write after end, null chunks, invalid chunks, destroyed streams, multiple callbacks, unknown encodings.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
function show(label, e) { log(label, e.name, e.code, e.message); }
const mk = (opts) => new Writable({ write(c, e, cb) { cb(); }, ...opts });
{
  const w = mk();
  w.on('error', (e) => show('error event:', e));
  w.end();
  log('write after end returns', w.write('x', (e) => show('write cb:', e)));
}
{
  const w = mk();
  try { w.write(null); } catch (e) { show('null:', e); }
  try { w.write(42); } catch (e) { show('number:', e); }
  try { w.write({}); } catch (e) { show('object:', e); }
  try { w.write('x', 'nope'); } catch (e) { show('encoding:', e); }
  try { w.setDefaultEncoding('nope'); } catch (e) { show('default encoding:', e); }
  log(w.setDefaultEncoding('HEX') === w, w._writableState.defaultEncoding);
}
{
  const w = mk({ objectMode: true });
  try { w.write(null); } catch (e) { show('objectMode null:', e); }
  log('objectMode accepts', w.write(42), w.write({}));
}
{
  const w = mk();
  w.destroy();
  w.on('error', (e) => show('after destroy error event:', e));
  w.write('x', (e) => show('write after destroy:', e));
  w.end((e) => show('end after destroy:', e));
}
{
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (e) => show('multiple:', e));
  w.write('x');
}
{
  const w = new Writable();
  w.on('error', (e) => show('no _write:', e));
  try { w.write('x'); } catch (e) { show('thrown no _write:', e); }
}
{
  const w = mk();
  w.end();
  w.on('finish', () => {
    w.end((e) => show('end after finish:', e));
  });
  w.on('error', (e) => show('end after finish event:', e));
}
{
  const w = mk();
  w.on('error', (e) => show('pipe:', e));
  w.pipe(mk());
}
{
  const w = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
  w.on('error', (e) => log('error', e.message, 'errored', w.errored === e, 'writable', w.writable));
  w.on('close', () => log('close after write error'));
  w.write('a', (e) => log('cb a', e.message));
  w.write('b', (e) => log('cb b', e.message));
}
