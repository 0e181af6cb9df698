// Writing to a child's stdin: chunks in order, end() closes it, the child sees EOF.
const { spawn } = require('child_process');

const child = spawn('cat');
const chunks = [];
child.stdout.on('data', (b) => chunks.push(b));
child.stdin.write('hello ');
child.stdin.write(Buffer.from('buffer '));
child.stdin.write(new Uint8Array([0x75, 0x38, 0x20]));
const written = child.stdin.write('last\n', 'utf8', () => console.log('write callback'));
console.log('write returned', written);
child.stdin.end(() => console.log('stdin finished'));
child.on('close', (code) => {
  console.log('close', code, JSON.stringify(Buffer.concat(chunks).toString()));
  bigPayload();
});

// A big payload through cat comes back whole.
function bigPayload() {
const big = spawn('cat');
const payload = Buffer.alloc(1024 * 1024, 'abcdefghij');
let got = 0;
let sum = 0;
big.stdout.on('data', (b) => {
  got += b.length;
  for (const byte of b) sum = (sum + byte) % 1000003;
});
big.stdin.end(payload);
big.on('close', (code) => {
  let want = 0;
  for (const byte of payload) want = (want + byte) % 1000003;
  console.log('big', code, got === payload.length, sum === want);
});
}
