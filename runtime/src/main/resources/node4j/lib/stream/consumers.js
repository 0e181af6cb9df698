'use strict';
// node:stream/consumers: read a whole stream (node or web, or any async iterable) into one value.

const { getBuffer, stringToBuffer, concatBytes } = require('internal/streams/utils');

// Every chunk as bytes: strings as UTF-8, views over their own bytes.
async function collectBytes(stream) {
  const parts = [];
  let total = 0;
  for await (const chunk of stream) {
    let bytes;
    if (typeof chunk === 'string') bytes = stringToBuffer(chunk, 'utf8');
    else if (chunk instanceof ArrayBuffer) bytes = new Uint8Array(chunk);
    else bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    parts.push(bytes);
    total += bytes.byteLength;
  }
  return concatBytes(parts, total);
}

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new globalThis.Blob(chunks);
}

async function arrayBuffer(stream) {
  const bytes = await collectBytes(stream);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

async function buffer(stream) {
  const bytes = await collectBytes(stream);
  const B = getBuffer();
  return B !== undefined ? B.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
}

// UTF-8 text; a character split across chunks is joined, as a streaming decoder does.
async function bytes(stream) {
  const all = await collectBytes(stream);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}

async function text(stream) {
  const Decoder = globalThis.TextDecoder;
  if (typeof Decoder === 'function') {
    const dec = new Decoder();
    let str = '';
    for await (const chunk of stream) {
      if (typeof chunk === 'string') str += chunk;
      else str += dec.decode(chunk, { stream: true });
    }
    return str + dec.decode(undefined, { stream: false });
  }
  const bytes = await collectBytes(stream);
  const B = getBuffer();
  if (B !== undefined) return B.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let latin1 = '';
  for (let i = 0; i < bytes.length; i += 8192) latin1 += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return decodeURIComponent(escape(latin1));
}

async function json(stream) {
  const str = await text(stream);
  return JSON.parse(str);
}

module.exports = { arrayBuffer, blob, buffer, bytes, text, json };
