// readline: line splitting over chunks: \n, \r\n (also split between chunks), lone \r, crlfDelay,
// empty lines, and a last line without a newline delivered at end of input.
const readline = require('readline');
const { PassThrough } = require('stream');

function run(name, chunks, options, next) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, ...options });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  rl.on('close', () => {
    console.log(name, JSON.stringify(lines));
    next();
  });
  let i = 0;
  const feed = () => {
    if (i < chunks.length) {
      input.write(chunks[i++]);
      setTimeout(feed, 5);
    } else input.end();
  };
  feed();
}
const tests = [
  ['lf', ['a\nb\n', 'c\n'], {}],
  ['crlf', ['a\r\nb\r\n'], {}],
  ['crlf-split', ['a\r', '\nb\r', '\nc'], {}],
  ['crlf-split-delay', ['a\r', '\nb\r', '\nc'], { crlfDelay: Infinity }],
  ['lone-cr', ['a\rb\rc'], {}],
  ['empty-lines', ['\n\n\na\n\n'], {}],
  ['no-final-newline', ['x', 'y', 'z'], {}],
  ['unicode', ['h\u00e9', 'llo\n\u2028w\n'], {}],
  ['utf8-split', [Buffer.from([0x61, 0xc3]), Buffer.from([0xa9, 0x0a])], {}],
  ['crlfDelay-small', ['a\r', '\nb'], { crlfDelay: 10 }],
];
let t = 0;
const go = () => {
  if (t < tests.length) run(...tests[t++], go);
};
go();
