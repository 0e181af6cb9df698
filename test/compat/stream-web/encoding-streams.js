// TextEncoderStream and TextDecoderStream, with characters split across chunks.
const log = (...a) => console.log(...a);
async function collect(it) { const out = []; for await (const x of it) out.push(x); return out; }
async function main() {
  const enc = new TextEncoderStream();
  log(enc.encoding, typeof enc.readable, typeof enc.writable);
  const bytes = await collect(ReadableStream.from(['hé', 'llo', '\ud83d', '\ude00']).pipeThrough(enc));
  log(bytes.map((b) => Array.from(b)));
  const dec = new TextDecoderStream();
  log(dec.encoding, dec.fatal, dec.ignoreBOM);
  const split = [new Uint8Array([0x68, 0xc3]), new Uint8Array([0xa9, 0xf0, 0x9f]), new Uint8Array([0x98, 0x80])];
  log(await collect(ReadableStream.from(split).pipeThrough(dec)));
  const bom = await collect(ReadableStream.from([new Uint8Array([0xef, 0xbb, 0xbf, 0x41])]).pipeThrough(new TextDecoderStream()));
  log('bom stripped', bom);
  const kept = await collect(ReadableStream.from([new Uint8Array([0xef, 0xbb, 0xbf, 0x41])]).pipeThrough(new TextDecoderStream('utf-8', { ignoreBOM: true })));
  log('bom kept', kept.map((s) => s.length));
  log('invalid', await collect(ReadableStream.from([new Uint8Array([0x61, 0xff, 0x62])]).pipeThrough(new TextDecoderStream())));
  log('truncated', await collect(ReadableStream.from([new Uint8Array([0x61, 0xe2, 0x82])]).pipeThrough(new TextDecoderStream())));
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  try { await collect(ReadableStream.from([new Uint8Array([0xff])]).pipeThrough(fatal)); } catch (e) { log('fatal', e.name, e.code); }
  log(Object.prototype.toString.call(new TextEncoderStream()), Object.prototype.toString.call(new TextDecoderStream()));
}
main();
