// readline.emitKeypressEvents: 'keypress' events (character and key object) for letters, control
// characters, escape sequences for arrows and function keys, and a sequence split over chunks.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input);
input.on('keypress', (s, key) => console.log(JSON.stringify(s), JSON.stringify(key)));
const chunks = ['a', 'B', '\r', '\n', '\t', '\x7f', '\x03', '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1b[H',
  '\x1bOP', '\x1b[15~', '\x1b[3~', '\x1ba', 'é', '1', ' ', 'xyz', '\x1b[2~', '\x1b[5~', '\x1b[6~', '\x1b[F', '\x1b[Z'];
let i = 0;
const next = () => {
  if (i < chunks.length) {
    input.write(chunks[i++]);
    setTimeout(next, 5);
  }
};
next();
