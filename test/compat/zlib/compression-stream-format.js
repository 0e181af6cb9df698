for (const format of ['gzip', 'deflate', 'deflate-raw', 'brotli', 'GZIP', 'x', undefined, null, 1]) {
  for (const Ctor of [CompressionStream, DecompressionStream]) {
    try {
      const s = new Ctor(format);
      console.log(Ctor.name, format, Object.prototype.toString.call(s), typeof s.readable, typeof s.writable);
    } catch (e) {
      console.log(Ctor.name, String(format), e.name, e.code, e.message);
    }
  }
}
console.log(typeof CompressionStream, Object.getOwnPropertyDescriptor(globalThis, 'CompressionStream').enumerable,
            require('stream/web').CompressionStream === CompressionStream,
            require('stream/web').DecompressionStream === DecompressionStream);
