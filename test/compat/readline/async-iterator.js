// readline: for await over an Interface: every line arrives even when the consumer is slow and the
// input delivers many lines at once; breaking out closes the interface; iterating a closed one.
const readline = require('readline');
const { Readable, PassThrough } = require('stream');

async function main() {
  const text = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n');
  const rl = readline.createInterface({ input: Readable.from([text.slice(0, 100), text.slice(100)]) });
  const got = [];
  for await (const line of rl) {
    got.push(line);
    await new Promise((r) => setTimeout(r, 1));
  }
  console.log('count', got.length, 'first', got[0], 'last', got[got.length - 1], 'closed', rl.closed);

  const input = new PassThrough();
  const rl2 = readline.createInterface({ input });
  let closeEvents = 0;
  rl2.on('close', () => closeEvents++);
  setTimeout(() => input.write('a\nb\nc\n'), 10);
  for await (const line of rl2) {
    console.log('got', line);
    if (line === 'b') break;
  }
  console.log('after break closed', rl2.closed, 'close events', closeEvents);
  let n = 0;
  for await (const line of rl2) n++;
  console.log('iterating closed:', n);

  const input3 = new PassThrough();
  const rl3 = readline.createInterface({ input: input3 });
  const it = rl3[Symbol.asyncIterator]();
  console.log('same iterator?', it === rl3[Symbol.asyncIterator](), typeof it.next, typeof it.return);
  setTimeout(() => input3.end('x\ny'), 10);
  console.log(JSON.stringify(await it.next()), JSON.stringify(await it.next()), JSON.stringify(await it.next()));
}
main();
