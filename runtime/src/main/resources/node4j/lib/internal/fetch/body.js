'use strict';
// The body of a Request or Response (fetch's "body" concept and Body mixin). A body is
// { stream, source, length }: stream is the web ReadableStream user code sees, source what it was
// made from when that can be read again (a Uint8Array, a Blob, or multipart parts: a redirect that
// keeps the body sends it again from there), length its byte count when known. Reading a body means
// reading its stream to the end, so bodyUsed is the stream's "disturbed" flag, as in the standard.

const { Blob, File, isBlob } = require('internal/blob');
const { isFormData, entriesOf, formDataFrom } = require('internal/fetch/formdata');
const { illegalInvocation } = require('internal/fetch/webidl');
const types = require('internal/util/types');

let streams;
function webstreams() {
  streams ??= {
    ...require('internal/webstreams/readablestream'),
    kState: require('internal/webstreams/util').kState,
  };
  return streams;
}

const encoder = new (require('internal/encoding').TextEncoder)();

function isDisturbed(stream) {
  return stream[webstreams().kState].disturbed;
}

function isUnusable(body) {
  return body !== null && (webstreams().isLocked(body.stream) || isDisturbed(body.stream));
}

// A byte stream that gives the chunks (Uint8Array or Blob) of `parts` one by one.
function streamOfParts(parts) {
  const { ReadableStream } = webstreams();
  let next = 0;
  return new ReadableStream({
    type: 'bytes',
    async pull(controller) {
      while (next < parts.length) {
        const part = parts[next++];
        const bytes = isBlob(part) ? await part.bytes() : part.slice();
        if (bytes.length > 0) {
          controller.enqueue(bytes);
          break;
        }
      }
      if (next === parts.length) {
        controller.close();
        controller.byobRequest?.respond(0);
      }
    },
    cancel() {
      next = parts.length;
    },
  });
}

// A byte stream over an async iterable of Uint8Arrays (strings are taken as UTF-8).
function streamOfIterable(iterable) {
  const { ReadableStream } = webstreams();
  const iterator = iterable[Symbol.asyncIterator]();
  return new ReadableStream({
    type: 'bytes',
    async pull(controller) {
      for (;;) {
        const { value, done } = await iterator.next();
        if (done) {
          controller.close();
          controller.byobRequest?.respond(0);
          return;
        }
        let bytes;
        if (typeof value === 'string') bytes = encoder.encode(value);
        else if (ArrayBuffer.isView(value)) bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        else if (types.isAnyArrayBuffer(value)) bytes = new Uint8Array(value);
        else throw new TypeError('Received non-Uint8Array chunk');
        if (bytes.length > 0) {
          controller.enqueue(bytes.slice());
          return;
        }
      }
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}

function bodyOfBytes(bytes) {
  return { stream: streamOfParts([bytes]), source: bytes, length: bytes.length };
}

// ---- multipart/form-data ----

function escapeName(name) {
  return name.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

function toCRLF(text) {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

function unescapeName(name) {
  return name.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%22/g, '"');
}

function randomBoundary() {
  let digits = '';
  while (digits.length < 11) digits += `${Math.floor(Math.random() * 1e9)}`;
  return `----formdata-undici-0${digits.slice(0, 11)}`;
}

// A FormData as multipart/form-data: its parts (bytes and Blobs), length and boundary.
function serializeFormData(formData) {
  const boundary = randomBoundary();
  const parts = [];
  let length = 0;
  const add = (part) => {
    parts.push(part);
    length += part.length ?? part.size;
  };
  for (const { name, value } of entriesOf(formData)) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(toCRLF(name))}"`;
    if (typeof value === 'string') {
      add(encoder.encode(`${head}\r\n\r\n${toCRLF(value)}\r\n`));
    } else {
      head += `; filename="${escapeName(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
      add(encoder.encode(head));
      add(value);
      add(encoder.encode('\r\n'));
    }
  }
  add(encoder.encode(`--${boundary}--\r\n`));
  return { parts, length, boundary };
}

function indexOfBytes(haystack, needle, from) {
  const first = needle[0];
  const last = haystack.length - needle.length;
  outer: for (let i = from; i <= last; i++) {
    if (haystack[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function latin1(bytes, start, end) {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

function formDataError(reason) {
  return new TypeError('Failed to parse body as FormData.', { cause: new TypeError(reason) });
}

// Parses a multipart/form-data body into FormData entries.
function parseMultipart(bytes, boundary) {
  const decoder = new (require('internal/encoding').TextDecoder)();
  const delimiter = encoder.encode(`--${boundary}`);
  const crlfDelimiter = encoder.encode(`\r\n--${boundary}`);
  let pos = indexOfBytes(bytes, delimiter, 0);
  if (pos === -1) throw formDataError('no boundary found in multipart body');
  pos += delimiter.length;
  const entries = [];
  for (;;) {
    if (bytes[pos] === 0x2d && bytes[pos + 1] === 0x2d) return entries;
    if (bytes[pos] !== 0x0d || bytes[pos + 1] !== 0x0a) throw formDataError('expected CRLF after boundary');
    pos += 2;
    let name;
    let filename;
    let contentType = null;
    for (;;) {
      const end = indexOfBytes(bytes, [0x0d, 0x0a], pos);
      if (end === -1) throw formDataError('unexpected end of headers');
      const line = latin1(bytes, pos, end);
      pos = end + 2;
      if (line === '') break;
      const colon = line.indexOf(':');
      if (colon === -1) throw formDataError('malformed part header');
      const field = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (field === 'content-disposition') {
        if (!/^form-data\s*(;|$)/i.test(value)) throw formDataError('expected form-data for content-disposition header');
        name = /(?:^|;)\s*name="([^"]*)"/i.exec(value)?.[1] ?? /(?:^|;)\s*name=([^;\s]*)/i.exec(value)?.[1];
        filename = /;\s*filename="([^"]*)"/i.exec(value)?.[1] ?? /;\s*filename=([^;\s]*)/i.exec(value)?.[1];
      } else if (field === 'content-type') {
        contentType = value;
      }
    }
    if (name === undefined) throw formDataError('name is missing from content-disposition header');
    const end = indexOfBytes(bytes, crlfDelimiter, pos);
    if (end === -1) throw formDataError('unexpected end of multipart body');
    const content = bytes.subarray(pos, end);
    name = unescapeName(decoder.decode(Uint8Array.from(name, (c) => c.charCodeAt(0))));
    if (filename !== undefined) {
      filename = unescapeName(decoder.decode(Uint8Array.from(filename, (c) => c.charCodeAt(0))));
      entries.push({ name, value: new File([content], filename, { type: contentType ?? 'text/plain' }) });
    } else {
      entries.push({ name, value: decoder.decode(content) });
    }
    pos = end + crlfDelimiter.length;
  }
}

// ---- extracting a body from what user code gives ----

// { body, type } for a BodyInit (the standard's "extract a body"); type is the Content-Type it
// implies, or null.
function extractBody(object) {
  if (typeof object === 'string') {
    return { body: bodyOfBytes(encoder.encode(object)), type: 'text/plain;charset=UTF-8' };
  }
  const { URLSearchParams } = require('internal/url');
  if (object instanceof URLSearchParams) {
    return { body: bodyOfBytes(encoder.encode(`${object}`)), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (types.isAnyArrayBuffer(object)) return { body: bodyOfBytes(new Uint8Array(object.slice(0))), type: null };
  if (ArrayBuffer.isView(object)) {
    return {
      body: bodyOfBytes(new Uint8Array(object.buffer, object.byteOffset, object.byteLength).slice()), type: null,
    };
  }
  if (isBlob(object)) {
    return {
      body: { stream: streamOfParts([object]), source: object, length: object.size },
      type: object.type === '' ? null : object.type,
    };
  }
  if (isFormData(object)) {
    const { parts, length, boundary } = serializeFormData(object);
    return {
      body: { stream: streamOfParts(parts), source: parts, length },
      type: `multipart/form-data; boundary=${boundary}`,
    };
  }
  if (webstreams().isReadableStream(object)) {
    if (webstreams().isLocked(object) || isDisturbed(object)) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    return { body: { stream: object, source: null, length: null }, type: null };
  }
  if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    return { body: { stream: streamOfIterable(object), source: null, length: null }, type: null };
  }
  return { body: bodyOfBytes(encoder.encode(`${object}`)), type: 'text/plain;charset=UTF-8' };
}

// The same body afresh from its source (a redirect's new request), or null when it has none.
function rebuild(body) {
  if (body.source === null) return null;
  const parts = Array.isArray(body.source) ? body.source : [body.source];
  return { stream: streamOfParts(parts), source: body.source, length: body.length };
}

// clone(): the stream is teed; this body keeps one branch, the copy gets the other.
function cloneBody(body) {
  const [mine, theirs] = body.stream.tee();
  body.stream = mine;
  return { stream: theirs, source: body.source, length: body.length };
}

// All the bytes of a body, read through its stream.
async function readAll(body) {
  if (body === null) return new Uint8Array(0);
  const reader = body.stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(value);
    size += value.length;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

// ---- the Body mixin ----

// A header value split on the commas that are not inside quoted strings, each part trimmed of
// spaces and tabs (the fetch standard's "get, decode, and split").
function splitHeaderValue(value) {
  const parts = [];
  let part = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted && c === '\\' && i + 1 < value.length) {
      part += c + value[++i];
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === ',' && !quoted) {
      parts.push(part);
      part = '';
    } else {
      part += c;
    }
  }
  parts.push(part);
  return parts.map((p) => p.replace(/^[\t ]+|[\t ]+$/g, ''));
}

// The fetch standard's "extract a MIME type" from a Content-Type value: the last MIME type that
// parses, keeping the charset of an earlier one with the same essence. A MIMEType, or null.
function extractMimeType(contentType) {
  if (contentType === null) return null;
  const { MIMEType } = require('internal/mime');
  let mimeType = null;
  let charset = null;
  let essence = null;
  for (const value of splitHeaderValue(contentType)) {
    let parsed;
    try {
      parsed = new MIMEType(value);
    } catch {
      continue;
    }
    if (parsed.essence === '*/*') continue;
    mimeType = parsed;
    if (parsed.essence !== essence) {
      charset = parsed.params.get('charset');
      essence = parsed.essence;
    } else if (!parsed.params.has('charset') && charset !== null) {
      parsed.params.set('charset', charset);
    }
  }
  return mimeType;
}

async function toFormData(bytes, contentType) {
  const mime = extractMimeType(contentType);
  if (mime?.essence === 'multipart/form-data') {
    const boundary = mime.params.get('boundary');
    if (boundary === null) throw formDataError('missing boundary in content-type header');
    return formDataFrom(parseMultipart(bytes, boundary));
  }
  if (mime?.essence === 'application/x-www-form-urlencoded') {
    const { URLSearchParams } = require('internal/url');
    const text = new (require('internal/encoding').TextDecoder)().decode(bytes);
    return formDataFrom([...new URLSearchParams(text)].map(([name, value]) => ({ name, value })));
  }
  throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
}

const consumers = {
  blob: (bytes, contentType) => new Blob([bytes], { type: `${extractMimeType(contentType) ?? ''}` }),
  arrayBuffer: (bytes) => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ?
    bytes.buffer : bytes.slice().buffer),
  text: (bytes) => new (require('internal/encoding').TextDecoder)().decode(bytes),
  json: (bytes) => JSON.parse(new (require('internal/encoding').TextDecoder)().decode(bytes)),
  formData: toFormData,
  bytes: (bytes) => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ?
    bytes : bytes.slice()),
};

// Adds blob/arrayBuffer/text/json/formData/bytes to a class's prototype; stateOf(object) gives
// { body, headers } (headers a HeaderList) or undefined for a foreign `this`.
function mixinBody(klass, stateOf) {
  for (const name of ['blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']) {
    const consume = consumers[name];
    Object.defineProperty(klass.prototype, name, {
      value: {
        async [name]() {
          const state = stateOf(this);
          if (state === undefined) throw illegalInvocation();
          if (isUnusable(state.body)) throw new TypeError('Body is unusable: Body has already been read');
          const bytes = await readAll(state.body);
          return consume(bytes, state.headers.get('content-type'));
        },
      }[name],
      writable: true, enumerable: true, configurable: true,
    });
  }
}

module.exports = {
  extractBody, rebuild, cloneBody, readAll, isUnusable, isDisturbed, mixinBody, bodyOfBytes, webstreams,
  streamOfParts,
};
