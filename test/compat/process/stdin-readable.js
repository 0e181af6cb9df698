// process.stdin in paused mode with 'readable' and read().
// compat: process stdin=fixtures/stdin-text.txt
let total = 0;
const lines = [];
process.stdin.on('readable', () => {
  let chunk;
  while ((chunk = process.stdin.read()) !== null) {
    total += chunk.length;
    lines.push(...String.fromCharCode(...chunk).split('\n'));
  }
});
process.stdin.on('end', () => console.log('total bytes', total, lines));
