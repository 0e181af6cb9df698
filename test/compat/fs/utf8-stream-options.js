// compat: process
'use strict';
// (In a JVM of its own: it writes to fd 1 itself, which an in-process run does not capture.)
// fs.Utf8Stream construction: option validation (Node's ERR_* codes), defaults and getters,
// util.inspect of a stream, the prototype's members, and errors of write/flush/flushSync.
const fs = require('fs');
const util = require('util');
const { p } = require('./_tmp');

const t = (label, f) => {
  try {
    const r = f();
    console.log(label, r instanceof fs.Utf8Stream ? 'a Utf8Stream' : r);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
const getters = (s) => ({
  fd: s.fd, file: s.file, minLength: s.minLength, maxLength: s.maxLength, writing: s.writing, sync: s.sync,
  fsync: s.fsync, append: s.append, periodicFlush: s.periodicFlush, contentMode: s.contentMode, mode: s.mode,
  mkdir: s.mkdir,
});
console.log(typeof fs.Utf8Stream, fs.Utf8Stream.name, fs.Utf8Stream.length,
            Object.getOwnPropertyNames(fs.Utf8Stream.prototype));
console.log(Object.getPrototypeOf(fs.Utf8Stream.prototype) === require('events').prototype);
t('no options', () => new fs.Utf8Stream());
t('empty', () => new fs.Utf8Stream({}));
t('bad options', () => new fs.Utf8Stream(5));
t('bad dest', () => new fs.Utf8Stream({ dest: 5 }));
t('bad minLength', () => new fs.Utf8Stream({ fd: 1, minLength: -1 }));
t('bad maxLength', () => new fs.Utf8Stream({ fd: 1, maxLength: 'x' }));
t('bad maxWrite', () => new fs.Utf8Stream({ fd: 1, maxWrite: 1.5 }));
t('bad contentMode', () => new fs.Utf8Stream({ fd: 1, contentMode: 'hex' }));
t('bad retry', () => new fs.Utf8Stream({ fd: 1, retryEAGAIN: 5 }));
t('bad sync', () => new fs.Utf8Stream({ fd: 1, sync: 'yes' }));
t('bad append', () => new fs.Utf8Stream({ fd: 1, append: 1 }));
t('bad mkdir', () => new fs.Utf8Stream({ fd: 1, mkdir: null }));
t('bad fsync', () => new fs.Utf8Stream({ fd: 1, fsync: 0 }));
t('bad periodicFlush', () => new fs.Utf8Stream({ fd: 1, periodicFlush: 'x' }));
t('minLength over maxLength', () => new fs.Utf8Stream({ fd: 1, minLength: 10, maxLength: 5 }));

const s = new fs.Utf8Stream({ fd: 1, sync: true });
console.log(getters(s), s.listenerCount('newListener'), typeof s[Symbol.dispose]);
console.log(util.inspect(s));
console.log(s.write('sync write to stdout\n'), s.writing);
s.flushSync();
t('write number', () => s.write(5));
t('write buffer in utf8 mode', () => s.write(Buffer.from('buf\n')));
t('flush bad cb', () => s.flush(5));
t('flush, no minLength', () => s.flush(() => console.log('flush cb called')));

const f = new fs.Utf8Stream({ dest: p('o.txt'), minLength: 10, maxLength: 100, periodicFlush: 1000, mode: 0o644 });
console.log(getters(f));
t('flushSync before open', () => f.flushSync());
f.on('ready', () => {
  console.log('ready', f.file === p('o.txt'), f.fd > 2, f.writing);
  f.destroy();
});
f.on('close', () => console.log('closed'));
