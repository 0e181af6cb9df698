'use strict';
// fs.Utf8Stream writing: async with minLength and flush(cb), sync with a maxLength that drops, buffer
// mode, mkdir/append/mode, destroy, a given fd (closed at the end), minLength batching and a write
// larger than maxWrite; every event in order, and the file's contents at each step.
const fs = require('fs');
const { p } = require('./_tmp');

const log = (...a) => console.log(...a);
const t = (label, f) => {
  try {
    log(label, f());
  } catch (e) {
    log(label, 'throws', e.name, e.code, e.message);
  }
};
const watch = (name, s) => {
  for (const ev of ['ready', 'write', 'drain', 'finish', 'close', 'error', 'drop']) {
    s.on(ev, (x) => log(name, ev, x === undefined ? '' : typeof x === 'number' ? x : x instanceof Error ? x.code : String(x)));
  }
};
const steps = [];
steps.push((next) => {
  const file = p('a.txt');
  const b = new fs.Utf8Stream({ dest: file, minLength: 4096 });
  watch('b', b);
  log('b write1', b.write('hello '), b.writing, b.fd);
  log('b write2', b.write('world\n'));
  b.flush((err) => {
    log('b flushed', err, JSON.stringify(fs.readFileSync(file, 'utf8')));
    b.end();
  });
  b.on('close', () => {
    log('b file', JSON.stringify(fs.readFileSync(file, 'utf8')), b.fd > 2, b.writing);
    next();
  });
});
steps.push((next) => {
  const file = p('c.bin');
  const c = new fs.Utf8Stream({ dest: file, contentMode: 'buffer', sync: true, maxLength: 8 });
  watch('c', c);
  log('c1', c.write(Buffer.from('abcdef')), c.writing);
  log('c2', c.write(Buffer.from('ghijkl')));
  t('c3', () => c.write('str'));
  t('c4', () => c.write(new Uint8Array([65])));
  c.end();
  log('c ended sync', fs.readFileSync(file, 'utf8'));
  c.on('close', () => {
    log('c file', fs.readFileSync(file, 'utf8'));
    next();
  });
});
steps.push((next) => {
  const file = p('x', 'y', 'd.txt');
  const d = new fs.Utf8Stream({ dest: file, mkdir: true, sync: true, append: false, mode: 0o600 });
  watch('d', d);
  log('d', d.write('d\n'), (fs.statSync(file).mode & 0o777).toString(8), d.mkdir, d.append, d.sync);
  d.destroy();
  t('write after destroy', () => d.write('x'));
  t('flushSync after destroy', () => d.flushSync());
  t('end after destroy', () => d.end());
  t('destroy twice', () => d.destroy());
  d.flush((err) => log('flush after destroy', err.code));
  d.on('close', () => {
    log('d file', JSON.stringify(fs.readFileSync(file, 'utf8')));
    next();
  });
});
steps.push((next) => {
  const e = new fs.Utf8Stream({ dest: p('nodir', 'e.txt') });
  watch('e', e);
  log('e write', e.write('x'));
  setTimeout(next, 50);
});
steps.push((next) => {
  fs.writeFileSync(p('g.txt'), '>');
  const fd = fs.openSync(p('g.txt'), 'a');
  const g = new fs.Utf8Stream({ fd, minLength: 0 });
  watch('g', g);
  log('g write', g.write('abc'), g.writing, g.fd === fd);
  log('g write2', g.write('déf'), g.writing);
  g.end();
  log('g write after end', g.write('z'));
  g.on('close', () => {
    log('g file', fs.readFileSync(p('g.txt'), 'utf8'));
    t('fd closed', () => fs.fstatSync(fd));
    next();
  });
});
steps.push((next) => {
  const h = new fs.Utf8Stream({ dest: p('h.txt'), sync: true, minLength: 10 });
  watch('h', h);
  log('h', h.write('12345'), h.write('67890'), h.write('abc'));
  log('h content', JSON.stringify(fs.readFileSync(p('h.txt'), 'utf8')));
  h.flushSync();
  log('h content2', JSON.stringify(fs.readFileSync(p('h.txt'), 'utf8')));
  log('h big', h.write('x'.repeat(20000)));
  log('h size', fs.statSync(p('h.txt')).size);
  h.end();
  h.on('close', () => {
    log('h size end', fs.statSync(p('h.txt')).size);
    next();
  });
});
steps.push((next) => {
  const m = new fs.Utf8Stream({ dest: p('m'), minLength: 5, maxLength: 8, sync: true });
  m.on('drop', (d) => log('m drop', JSON.stringify(d)));
  log(m.write('abc'), m.write('def'), m.write('ghi'), m.write('jk'));
  m.flushSync();
  log('m', fs.readFileSync(p('m'), 'utf8'));
  m.destroy();
  const w = new fs.Utf8Stream({ dest: p('w'), minLength: 100 });
  log('hwm', w.write('x'.repeat(16386)), w.write('x'), w.write('x'));
  w.end();
  w.on('close', () => {
    log('w', fs.statSync(p('w')).size);
    next();
  });
});
steps.push(() => log('done'));
let i = 0;
const next = () => steps[i++](next);
next();
