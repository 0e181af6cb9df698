'use strict';
// emitKeypressEvents: characters and escape sequences as 'keypress' (ch, key); FileHandle.readLines
// and a readline over a file stream read every line, \r\n included, the last one without a newline.
const readline = require('readline');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input);
input.on('keypress', (ch, key) => {
  console.log(JSON.stringify(ch), key.name, key.ctrl, key.meta, key.shift, JSON.stringify(key.sequence));
});
input.write('aB1 \r\t');
input.write('\x1b[A\x1b[D\x03\x7f');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-readline-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'lines.txt');
fs.writeFileSync(file, 'first\r\nsecond\n\nfourth');
(async () => {
  const handle = await fs.promises.open(file);
  const lines = [];
  for await (const line of handle.readLines()) lines.push(line);
  console.log('readLines', JSON.stringify(lines));
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  const again = [];
  rl.on('line', (l) => again.push(l));
  rl.on('close', () => console.log('stream lines', JSON.stringify(again)));
})();
