// process.stdin.pipe(process.stdout) copies input to output (stdout is not ended).
// compat: process stdin=fixtures/stdin-text.txt
process.stdin.pipe(process.stdout);
process.stdin.on('end', () => console.log('\n[end]'));
