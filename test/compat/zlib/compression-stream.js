(async () => {
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const cs = new CompressionStream(format);
    const writer = cs.writable.getWriter();
    writer.write(new TextEncoder().encode('hello web streams '));
    writer.write(new TextEncoder().encode('and more'));
    writer.close();
    const chunks = [];
    for await (const c of cs.readable) chunks.push(Buffer.from(c));
    const packed = Buffer.concat(chunks);
    console.log(format, packed.toString('hex'));
    const ds = new DecompressionStream(format);
    const w2 = ds.writable.getWriter();
    w2.write(packed);
    w2.close();
    let text = '';
    for await (const c of ds.readable) text += new TextDecoder().decode(c);
    console.log(' back', text, chunks.length > 0 && chunks.every((c) => c instanceof Uint8Array));
  }
})();
