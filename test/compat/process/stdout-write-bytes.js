// process.stdout.write takes strings and any ArrayBuffer view (as bytes, honouring the view's
// offset and length); other chunks are Node's ERR_INVALID_ARG_TYPE; the callback runs later.
process.stdout.write(new Uint8Array([104, 105, 10]).subarray(1));
process.stdout.write(new Uint8Array([104, 105, 10]));
process.stdout.write(new DataView(new Uint8Array([111, 107, 10]).buffer));
process.stdout.write(new Uint16Array([0x6961, 0x0a21]));
process.stdout.write('é 中文\n');
for (const bad of [42, {}, null, undefined, true]) {
  try {
    process.stdout.write(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
console.log(process.stdout.write('x\n', () => console.log('callback')));
console.log('after');
