(async () => {
  const source = new ReadableStream({
    start(controller) {
      for (let i = 0; i < 50; i++) controller.enqueue(new TextEncoder().encode(`chunk ${i};`));
      controller.close();
    },
  });
  const roundTrip = source.pipeThrough(new CompressionStream('gzip')).pipeThrough(new DecompressionStream('gzip'));
  let text = '';
  for await (const c of roundTrip) text += new TextDecoder().decode(c);
  console.log(text.length, text.slice(0, 30), text.endsWith('chunk 49;'));
  const blob = new Blob(['blob compressed']);
  const parts = [];
  for await (const c of blob.stream().pipeThrough(new CompressionStream('deflate'))) parts.push(Buffer.from(c));
  console.log(Buffer.concat(parts).toString('hex'));
})();
