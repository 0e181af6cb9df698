// readline/promises Readline: queued sequences, commit (a promise), rollback, autoCommit, and checks.
const { Readline } = require('readline/promises');
const { Writable } = require('stream');

const chunks = [];
const stream = new Writable({ write(c, e, cb) { chunks.push(JSON.stringify(c.toString())); cb(); } });
async function main() {
  const r = new Readline(stream);
  console.log(r.clearLine(-1) === r, r.clearLine(0) === r, r.clearLine(1) === r);
  r.cursorTo(2).cursorTo(3, 4).moveCursor(1, -1).moveCursor(-2, 3).moveCursor(0, 0).clearScreenDown();
  console.log('before commit', chunks.length);
  console.log('commit', await r.commit());
  console.log(chunks.join(' '));
  chunks.length = 0;
  r.cursorTo(1).rollback();
  await r.commit();
  console.log('after rollback', chunks.join(' '));
  const auto = new Readline(stream, { autoCommit: true });
  auto.cursorTo(7);
  console.log('auto written', chunks.join(' '));
  await new Promise((r) => setImmediate(r));
  console.log('auto written later', chunks.join(' '));
  for (const f of [() => new Readline(), () => new Readline({}), () => new Readline(stream, { autoCommit: 1 }),
    () => r.cursorTo('a'), () => r.cursorTo(1, 'b'), () => r.cursorTo(1.5), () => r.moveCursor('a', 1),
    () => r.moveCursor(1, 'b'), () => r.clearLine(2), () => r.clearLine('x'), () => r.clearLine(0.5)]) {
    try {
      f();
      console.log('no error');
    } catch (e) {
      console.log(e.code, e.name, e.message);
    }
  }
  r.rollback();
  console.log(Object.getOwnPropertyNames(Readline.prototype).sort().join());
}
main();
