// FileHandle.readLines: the lines of a file (\n, \r\n, no final newline), with start/end and
// encoding options; the handle is closed when the iteration ends (autoClose).
const fs = require('fs');
const path = require('path');
const os = require('os');

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readlines-'));
  const file = path.join(dir, 'f.txt');
  fs.writeFileSync(file, 'alpha\r\nbeta\n\ngamma\u00e9\ndelta');
  let fh = await fs.promises.open(file);
  const lines = [];
  for await (const line of fh.readLines()) lines.push(line);
  console.log(JSON.stringify(lines));
  try {
    await fh.stat();
    console.log('still open');
  } catch (e) {
    console.log('after iteration:', e.code);
  }
  fh = await fs.promises.open(file);
  const part = [];
  for await (const line of fh.readLines({ start: 7, end: 18 })) part.push(line);
  console.log(JSON.stringify(part));
  fh = await fs.promises.open(file);
  const hex = [];
  for await (const line of fh.readLines({ encoding: 'hex', end: 12 })) hex.push(line);
  console.log(JSON.stringify(hex));
  fh = await fs.promises.open(file);
  const rl = fh.readLines({ autoClose: false });
  console.log(typeof rl.on, typeof rl[Symbol.asyncIterator], rl.constructor.name);
  for await (const line of rl) {
    console.log('first', line);
    break;
  }
  console.log('open after break?', (await fh.stat()).size);
  await fh.close();
  fs.rmSync(dir, { recursive: true });
}
main();
