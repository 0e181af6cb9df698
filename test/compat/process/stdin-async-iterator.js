// for await over process.stdin, binary data of 150 KiB.
// compat: process stdin=fixtures/stdin-binary.bin
async function main() {
  let bytes = 0;
  let sum = 0;
  for await (const chunk of process.stdin) {
    bytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) sum = (sum + chunk[i] * (i % 7 + 1)) % 1000003;
  }
  console.log('bytes', bytes, 'sum ok', sum >= 0);
}
main();
