'use strict';
// fs.Utf8Stream over an fs stand-in (the `fs` option) that fails writes with EAGAIN: retryEAGAIN is
// asked with the lengths involved, the write is retried after it says yes and fails when it says no;
// partial writes of multi-byte text resume at the right character; reopen() onto a renamed file.
const realFs = require('fs');
const { p } = require('./_tmp');

function eagain() {
  const err = new Error('EAGAIN: resource temporarily unavailable, write');
  err.code = 'EAGAIN';
  return err;
}

function fakeFs({ failures, partial }) {
  const calls = [];
  let left = failures;
  return {
    calls,
    ...realFs,
    writeSync(fd, data, ...rest) {
      calls.push(`writeSync ${JSON.stringify(String(data))}`);
      if (left > 0) {
        left--;
        throw eagain();
      }
      if (partial && Buffer.byteLength(data) > partial) {
        const bytes = Buffer.from(data).subarray(0, partial);
        return realFs.writeSync(fd, bytes);
      }
      return realFs.writeSync(fd, data, ...rest);
    },
    write(fd, data, ...rest) {
      const cb = rest.pop();
      calls.push(`write ${JSON.stringify(String(data))}`);
      if (left > 0) {
        left--;
        process.nextTick(cb, eagain());
        return;
      }
      if (partial && Buffer.byteLength(data) > partial) {
        realFs.write(fd, Buffer.from(data).subarray(0, partial), cb);
        return;
      }
      realFs.write(fd, data, ...rest, cb);
    },
  };
}

const steps = [];
steps.push((next) => {
  const fsStub = fakeFs({ failures: 1 });
  const s = new realFs.Utf8Stream({
    dest: p('r1.txt'), sync: true, fs: fsStub,
    retryEAGAIN(err, writeLen, remaining) {
      console.log('retry?', err.code, writeLen, remaining);
      return true;
    },
  });
  s.on('write', (n) => console.log('r1 write', n));
  console.log('r1', s.write('héllo'));
  s.end();
  s.on('close', () => {
    console.log('r1 file', realFs.readFileSync(p('r1.txt'), 'utf8'), fsStub.calls);
    next();
  });
});
steps.push((next) => {
  const fsStub = fakeFs({ failures: 1 });
  const s = new realFs.Utf8Stream({ dest: p('r2.txt'), sync: true, fs: fsStub, retryEAGAIN: () => false });
  s.on('error', (err) => console.log('r2 error', err.code));
  try {
    console.log('r2', s.write('abc'));
  } catch (err) {
    console.log('r2 throws', err.code);
  }
  s.destroy();
  s.on('close', () => next());
});
steps.push((next) => {
  const fsStub = fakeFs({ failures: 2 });
  const s = new realFs.Utf8Stream({
    dest: p('r3.txt'), fs: fsStub,
    retryEAGAIN(err, writeLen, remaining) {
      console.log('r3 retry?', err.code, writeLen, remaining);
      return true;
    },
  });
  s.on('write', (n) => console.log('r3 write', n));
  s.on('ready', () => {
    s.write('one ');
    s.write('two');
    s.end();
  });
  s.on('finish', () => console.log('r3 finish'));
  s.on('close', () => {
    console.log('r3 file', realFs.readFileSync(p('r3.txt'), 'utf8'), fsStub.calls);
    next();
  });
});
steps.push((next) => {
  const fsStub = fakeFs({ failures: 0, partial: 4 });
  const s = new realFs.Utf8Stream({ dest: p('r4.txt'), fs: fsStub });
  s.on('write', (n) => console.log('r4 write', n));
  s.on('ready', () => {
    s.write('aé€😀b');
    s.end();
  });
  s.on('close', () => {
    console.log('r4 file', realFs.readFileSync(p('r4.txt'), 'utf8'), fsStub.calls);
    next();
  });
});
steps.push((next) => {
  const file = p('rot.txt');
  const s = new realFs.Utf8Stream({ dest: file, sync: true });
  s.write('first\n');
  realFs.renameSync(file, `${file}.1`);
  s.reopen();
  s.write('second\n');
  s.reopen(p('other.txt'));
  s.write('third\n');
  s.end();
  s.on('close', () => {
    for (const name of ['rot.txt.1', 'rot.txt', 'other.txt']) {
      console.log(name, JSON.stringify(realFs.readFileSync(p(name), 'utf8')));
    }
    const byFd = new realFs.Utf8Stream({ fd: realFs.openSync(p('fd.txt'), 'w') });
    try {
      byFd.reopen();
    } catch (err) {
      console.log('reopen an fd:', err.code, err.message);
    }
    byFd.destroy();
    next();
  });
});
steps.push(() => console.log('done'));
let i = 0;
const next = () => steps[i++](next);
next();
