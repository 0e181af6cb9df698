// ArrayBuffer, SharedArrayBuffer and DataView with contents "[Uint8Contents]: <..>"
const ab = new Uint8Array([1, 2, 255, 16]).buffer;
console.log(ab);
console.log(new ArrayBuffer(0));
console.log(new SharedArrayBuffer(3));
console.log(new DataView(ab, 1, 2));
console.log(new ArrayBuffer(120));
console.log({ buf: new ArrayBuffer(2) });
