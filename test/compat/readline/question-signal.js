// readline: question() with a callback, with an AbortSignal (already aborted, aborted while
// waiting), prompts written to output, and readline/promises question.
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough, Writable } = require('stream');

const out = [];
const output = new Writable({ write(chunk, enc, cb) { out.push(chunk.toString()); cb(); } });
const input = new PassThrough();
const rl = readline.createInterface({ input, output, terminal: false });
rl.on('line', (l) => console.log('line event', l));
rl.question('name? ', (answer) => {
  console.log('answer', JSON.stringify(answer));
  const ac = new AbortController();
  rl.question('age? ', { signal: ac.signal }, (a) => console.log('never', a));
  ac.abort();
  input.write('42\n');
  setTimeout(() => {
    const pre = AbortSignal.abort();
    rl.question('pre? ', { signal: pre }, () => console.log('never'));
    input.write('later\n');
    setTimeout(async () => {
      rl.close();
      console.log('output', JSON.stringify(out.join('')));
      const input2 = new PassThrough();
      const rl2 = rlp.createInterface({ input: input2, output, terminal: false });
      const p = rl2.question('p? ');
      input2.write('yes\n');
      console.log('promise answer', await p);
      const ac2 = new AbortController();
      const p2 = rl2.question('q? ', { signal: ac2.signal });
      ac2.abort();
      try {
        await p2;
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
      try {
        await rl2.question('r? ', { signal: AbortSignal.abort('why') });
      } catch (e) {
        console.log(e.name, e.code, e.message, e.cause);
      }
      rl2.close();
      try {
        await rl2.question('s? ');
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
      for (const bad of [1, null, 'x', { aborted: false }]) {
        try {
          await rl2.question('t? ', { signal: bad });
        } catch (e) {
          console.log(e.name, e.code, e.code ? e.message : '(engine message)');
        }
      }
      try {
        await rl2.question('u? ', { signal: AbortSignal.abort() });
      } catch (e) {
        console.log('closed and aborted:', e.name);
      }
      console.log('output', JSON.stringify(out.join('')));
    }, 10);
  }, 10);
});
input.write('Ada\n');
