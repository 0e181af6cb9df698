const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough } = require('stream');
(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  setTimeout(() => { input.write('a\r'); setTimeout(() => input.end('\nb\n\nc'), 20); }, 5);
  const lines = [];
  for await (const line of rl) lines.push(line);
  console.log('iterated', JSON.stringify(lines), rl.closed);
  try { rl.question('x', () => {}); } catch (e) { console.log(e.code, e.name, e.message); }
  try { rl.write('x'); } catch (e) { console.log('write', e.code, e.message); }
  rl.close(); console.log('close twice ok');

  const i2 = new PassThrough(); const o2 = new PassThrough(); let out = ''; o2.on('data', d => out += d);
  const r2 = rlp.createInterface({ input: i2, output: o2 });
  console.log(r2.constructor.name, r2 instanceof readline.Interface, Object.getPrototypeOf(r2.constructor) === readline.Interface);
  setTimeout(() => i2.write('42\n'), 5);
  const ans = await r2.question('q? ');
  console.log('promise answer', ans, JSON.stringify(out));
  const ac = new AbortController();
  const p = r2.question('never? ', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code); }
  r2.close();
  try { await r2.question('after'); } catch (e) { console.log(e.code, e.message); }

  const out3 = new PassThrough(); let s3 = ''; out3.on('data', d => s3 += d);
  console.log(readline.clearLine(out3, -1), readline.clearLine(out3, 1), readline.clearLine(out3, 0));
  readline.clearScreenDown(out3); readline.cursorTo(out3, 5); readline.cursorTo(out3, 2, 3); readline.moveCursor(out3, -2, 3); readline.moveCursor(out3, 4, -1); readline.moveCursor(out3, 0, 0, () => console.log('cb0'));
  await new Promise(r => setImmediate(r));
  console.log(JSON.stringify(s3));
  try { readline.cursorTo(out3, 'a'); } catch (e) { console.log(e.code, e.message); }
  try { readline.cursorTo(out3, 1, 'b'); } catch (e) { console.log(e.code, e.message); }
  console.log(readline.cursorTo(null, 1), readline.moveCursor(undefined, 1, 1));
  const R = new rlp.Readline(out3);
  s3 = '';
  R.clearLine(0).cursorTo(3).moveCursor(1, 1).clearScreenDown();
  await R.commit();
  console.log('Readline', JSON.stringify(s3));
  try { readline.createInterface({ input: i2, crlfDelay: 'x' }); } catch (e) { console.log(e.code, e.message); }
  try { readline.createInterface({}); } catch (e) { console.log(e.code, e.message); }
  try { readline.createInterface({ input: i2, completer: 5 }); } catch (e) { console.log(e.code, e.message); }
})();
