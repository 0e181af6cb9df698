// process.stdin in flowing mode: chunks then 'end'; stdin keeps the program alive until EOF.
// compat: process stdin=fixtures/stdin-text.txt
let text = '';
let count = 0;
process.stdin.on('data', (chunk) => { count++; text += String.fromCharCode(...chunk); });
process.stdin.on('end', () => {
  console.log('end after', count > 0 ? 'some' : 'no', 'chunks');
  console.log(JSON.stringify(text));
  console.log('bytesRead', process.stdin.bytesRead !== undefined);
});
process.stdin.on('close', () => console.log('close'));
console.log('fd', process.stdin.fd, 'readable', process.stdin.readable);
