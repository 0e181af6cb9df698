'use strict';
// Structured clone with the rules of V8's serializer as Node uses it: one implementation for
// postMessage (across Contexts and threads) and the global structuredClone.
//
// serialize(value, transfer) writes the value graph as one string (thread-neutral: Java passes it
// as is) plus a list of host objects the string refers to by index: the bytes of ArrayBuffers
// (a Java byte[], taken without copying when transferred), the memory of SharedArrayBuffers, and the
// endpoints of transferred MessagePorts. deserialize(data, objects) rebuilds the graph in the calling
// Context. Objects are numbered in the order they are first met, on both sides, so repeated and
// circular references come back as the same object.
//
// Format: each value starts with one tag character; numbers and counts end with ';', strings are
// `length:text`.

const messaging = internalBinding('messaging');
const engine = require('internal/engine');
const {
  codes: { ERR_MISSING_ARGS }, invalidArgTypeWithMessage,
} = require('internal/errors');

const kUntransferable = Symbol('kUntransferable');
const kUncloneable = Symbol('kUncloneable');
// Set by internal/worker/io on MessagePort objects: returns the endpoint when transferred.
const kTransferPort = Symbol('kTransferPort');
const kIsPort = Symbol('kIsPort');
// On an AbortSignal util.transferableAbortSignal marked: it may be in a transfer list, and goes as a
// port on which its 'abort' follows.
const kTransferableSignal = Symbol('kTransferableSignal');

// Set by internal/blob when it loads (a Blob can only exist after that): { isBlob, cloneContent }.
let blobSupport = null;
function setBlobSupport(support) {
  blobSupport = support;
}

// DOMException comes with the web globals; until they are present, an Error of the same shape.
function dataCloneError(message) {
  const DOMException = globalThis.DOMException;
  if (typeof DOMException === 'function') return new DOMException(message, 'DataCloneError');
  const err = new Error(message);
  Object.defineProperty(err, 'name', { value: 'DataCloneError', configurable: true, writable: true });
  Object.defineProperty(err, 'code', { value: 25, configurable: true, writable: true });
  return err;
}

const errorTypes = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

const typedArrays = {
  Int8Array: 'a', Uint8Array: 'b', Uint8ClampedArray: 'c', Int16Array: 'd', Uint16Array: 'e',
  Int32Array: 'f', Uint32Array: 'g', Float32Array: 'h', Float64Array: 'i', BigInt64Array: 'j',
  BigUint64Array: 'k', Float16Array: 'l',
};
const typedArrayByTag = {};
for (const name of Object.keys(typedArrays)) {
  if (typeof globalThis[name] === 'function') typedArrayByTag[typedArrays[name]] = globalThis[name];
}

function describe(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value === 'symbol') return value.toString();
  const ctor = value.constructor;
  const name = typeof ctor === 'function' && ctor.name ? ctor.name : 'Object';
  return `#<${name}>`;
}

// transfer: the checked transfer list (ArrayBuffers and ports). Returns { data, objects }.
function serialize(value, transfer = []) {
  const parts = [];
  const objects = [];
  const ids = new Map();
  let nextId = 0;
  const transferred = new Map(); // ArrayBuffer / port -> object index, filled when met
  const transferSet = new Set(transfer);

  function str(s) {
    parts.push(`${s.length}:`, s);
  }

  function write(v) {
    switch (typeof v) {
      case 'undefined': parts.push('u'); return;
      case 'boolean': parts.push(v ? 't' : 'f'); return;
      case 'number':
        if (Object.is(v, -0)) parts.push('z');
        else parts.push('d', `${v};`);
        return;
      case 'bigint': parts.push('i', `${v};`); return;
      case 'string': parts.push('s'); str(v); return;
      case 'symbol':
      case 'function':
        throw dataCloneError(`${describe(v)} could not be cloned.`);
    }
    if (v === null) { parts.push('n'); return; }
    const seen = ids.get(v);
    if (seen !== undefined) { parts.push('r', `${seen};`); return; }
    if (v[kUncloneable] === true) throw dataCloneError('Cannot clone object of unsupported type.');
    if (v[kTransferableSignal] === true) {
      if (!transferSet.has(v)) {
        throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
      }
      ids.set(v, nextId++);
      parts.push('G', `${transferred.get(v)};`);
      write(v.aborted);
      write(v.aborted ? v.reason : undefined);
      return;
    }
    if (v[kIsPort] === true) {
      if (!transferSet.has(v)) {
        throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
      }
      ids.set(v, nextId++);
      parts.push('P', `${transferred.get(v)};`);
      return;
    }
    const cls = engine.className(v);
    ids.set(v, nextId++);
    switch (cls) {
      case 'Array': {
        const keys = Object.keys(v);
        parts.push('a', `${v.length};${keys.length};`);
        for (const k of keys) { str(k); write(v[k]); }
        return;
      }
      case 'Object': {
        if (blobSupport !== null && blobSupport.isBlob(v)) return writeBlob(v);
        if (isProxy(v)) throw dataCloneError('#<Object> could not be cloned.');
        const keys = Object.keys(v);
        parts.push('o', `${keys.length};`);
        for (const k of keys) { str(k); write(v[k]); }
        return;
      }
      case 'Date': parts.push('D', `${Date.prototype.getTime.call(v)};`); return;
      case 'RegExp': parts.push('R'); str(v.source); str(v.flags); return;
      case 'Map': {
        const entries = [...Map.prototype.entries.call(v)];
        parts.push('M', `${entries.length};`);
        for (const [k, val] of entries) { write(k); write(val); }
        return;
      }
      case 'Set': {
        const values = [...Set.prototype.values.call(v)];
        parts.push('S', `${values.length};`);
        for (const val of values) write(val);
        return;
      }
      case 'Error': return writeError(v);
      case 'Boolean': parts.push('Bt', Boolean.prototype.valueOf.call(v) ? '1' : '0'); return;
      case 'Number': parts.push('Bd'); write(Number.prototype.valueOf.call(v)); return;
      case 'String': parts.push('Bs'); str(String.prototype.valueOf.call(v)); return;
      case 'BigInt': parts.push('Bi', `${BigInt.prototype.valueOf.call(v)};`); return;
      case 'ArrayBuffer': return writeArrayBuffer(v);
      case 'SharedArrayBuffer':
        parts.push('H', `${objects.length};`);
        objects.push(messaging.sharedMemory(v));
        return;
      case 'DataView': {
        parts.push('W', `${v.byteOffset};${v.byteLength};`);
        write(v.buffer);
        return;
      }
    }
    const tag = typedArrays[cls];
    if (tag !== undefined) {
      if (isDetached(v.buffer)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      parts.push('V', tag, `${v.byteOffset};${v.length};`);
      write(v.buffer);
      return;
    }
    throw dataCloneError(`${describe(v)} could not be cloned.`);
  }

  function writeArrayBuffer(buffer) {
    if (transferred.has(buffer)) {
      parts.push('T', `${transferred.get(buffer)};`);
      return;
    }
    if (isDetached(buffer)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    parts.push('A', `${objects.length};`);
    objects.push(messaging.bytes(buffer, false));
  }

  // A Blob (or File): its type, a File's name and lastModified, and a copy of its bytes.
  function writeBlob(blob) {
    const { bytes, type, file } = blobSupport.cloneContent(blob);
    parts.push('L');
    str(type);
    if (file === null) {
      parts.push('-');
    } else {
      parts.push('F');
      str(file.name);
      parts.push(`${file.lastModified};`);
    }
    parts.push(`${objects.length};`);
    objects.push(messaging.bytes(bytes.buffer, true));
  }

  function writeError(err) {
    let name = 'Error';
    try {
      const n = err.name;
      if (typeof n === 'string' && Object.hasOwn(errorTypes, n)) name = n;
    } catch { /* a throwing getter leaves Error */ }
    parts.push('E');
    str(name);
    const message = Object.getOwnPropertyDescriptor(err, 'message');
    if (message !== undefined && 'value' in message) { parts.push('m'); str(String(message.value)); }
    const stack = err.stack;
    if (typeof stack === 'string') { parts.push('k'); str(stack); }
    const cause = Object.getOwnPropertyDescriptor(err, 'cause');
    if (cause !== undefined && 'value' in cause) { parts.push('c'); write(cause.value); }
    parts.push('.');
  }

  // Transferred objects first: their contents are taken (and they detach) only once the whole value
  // was written without error.
  for (const item of transfer) {
    transferred.set(item, objects.length);
    objects.push(null);
  }
  write(value);
  for (const item of transfer) {
    const index = transferred.get(item);
    if (item[kIsPort] === true) {
      objects[index] = item[kTransferPort]();
    } else if (item[kTransferableSignal] === true) {
      objects[index] = signalPort(item);
    } else {
      objects[index] = messaging.bytes(item, true);
      engine.detachArrayBuffer(item);
    }
  }
  return { data: parts.join(''), objects };
}

// The receiving end of a channel on which the signal's abort reason will be posted.
function signalPort(signal) {
  const { MessageChannel } = require('internal/worker/io');
  const { port1, port2 } = new MessageChannel();
  if (signal.aborted) {
    // The state went with the message; the port is only there to keep the message's shape.
    port1.close();
    return port2[kTransferPort]();
  }
  port1.unref();
  signal.addEventListener('abort', () => {
    try {
      port1.postMessage(signal.reason);
    } catch {
      port1.postMessage(undefined); // a reason that cannot be cloned still aborts the other side
    }
    port1.close();
  }, { once: true });
  return port2[kTransferPort]();
}

function isDetached(buffer) {
  try {
    return buffer.detached === true;
  } catch {
    return false;
  }
}

// V8 refuses proxies. The engine's className of one is its target's; its implementation class tells.
const kProxyClass = 'com.oracle.truffle.js.runtime.builtins.JSProxyObject';
function isProxy(v) {
  return engine.implementationClass(v) === kProxyClass;
}

// wrapPort(endpoint) makes a MessagePort of this Context for a transferred endpoint.
function deserialize(data, objects, wrapPort) {
  let pos = 0;
  const refs = [];

  function num() {
    const end = data.indexOf(';', pos);
    const text = data.slice(pos, end);
    pos = end + 1;
    return text;
  }
  function int() { return Number(num()); }
  function str() {
    const colon = data.indexOf(':', pos);
    const length = Number(data.slice(pos, colon));
    const s = data.slice(colon + 1, colon + 1 + length);
    pos = colon + 1 + length;
    return s;
  }
  function buffer(index) {
    return messaging.newArrayBuffer(objects[index]);
  }

  function read() {
    const tag = data[pos++];
    switch (tag) {
      case 'u': return undefined;
      case 'n': return null;
      case 't': return true;
      case 'f': return false;
      case 'z': return -0;
      case 'd': return Number(num());
      case 'i': return BigInt(num());
      case 's': return str();
      case 'r': return refs[int()];
      case 'a': {
        const length = int();
        const count = int();
        const arr = new Array(length);
        refs.push(arr);
        for (let i = 0; i < count; i++) { const k = str(); arr[k] = read(); }
        return arr;
      }
      case 'o': {
        const count = int();
        const obj = {};
        refs.push(obj);
        for (let i = 0; i < count; i++) {
          const k = str();
          Object.defineProperty(obj, k, { value: read(), writable: true, enumerable: true, configurable: true });
        }
        return obj;
      }
      case 'D': { const d = new Date(Number(num())); refs.push(d); return d; }
      case 'R': { const source = str(); const re = new RegExp(source, str()); refs.push(re); return re; }
      case 'M': {
        const count = int();
        const m = new Map();
        refs.push(m);
        for (let i = 0; i < count; i++) { const k = read(); m.set(k, read()); }
        return m;
      }
      case 'S': {
        const count = int();
        const s = new Set();
        refs.push(s);
        for (let i = 0; i < count; i++) s.add(read());
        return s;
      }
      case 'E': return readError();
      case 'L': {
        const type = str();
        let file = null;
        if (data[pos++] === 'F') {
          const name = str();
          file = { name, lastModified: Number(num()) };
        }
        const blob = require('internal/blob').fromClone(buffer(int()), type, file);
        refs.push(blob);
        return blob;
      }
      case 'B': return readBoxed();
      case 'A': { const b = buffer(int()); refs.push(b); return b; }
      case 'T': {
        const index = int();
        let b = transferredBuffers.get(index);
        if (b === undefined) { b = buffer(index); transferredBuffers.set(index, b); }
        refs.push(b);
        return b;
      }
      case 'H': { const b = messaging.openSharedMemory(objects[int()]); refs.push(b); return b; }
      case 'G': {
        const index = int();
        const { newAbortSignal, abortSignal } = require('internal/abort_controller');
        const signal = newAbortSignal();
        refs.push(signal);
        const aborted = read();
        const reason = read();
        const port = wrapPort(objects[index]);
        if (aborted) {
          abortSignal(signal, reason);
          port.close();
        } else {
          port.on('message', (abortReason) => {
            abortSignal(signal, abortReason);
            port.close();
          });
          port.unref();
        }
        return signal;
      }
      case 'P': {
        const index = int();
        let port = ports.get(index);
        if (port === undefined) { port = wrapPort(objects[index]); ports.set(index, port); }
        refs.push(port);
        return port;
      }
      case 'W': {
        const slot = refs.length;
        refs.push(undefined);
        const byteOffset = int();
        const byteLength = int();
        const view = new DataView(read(), byteOffset, byteLength);
        refs[slot] = view;
        return view;
      }
      case 'V': {
        const Ctor = typedArrayByTag[data[pos++]];
        const slot = refs.length;
        refs.push(undefined);
        const byteOffset = int();
        const length = int();
        const view = new Ctor(read(), byteOffset, length);
        refs[slot] = view;
        return view;
      }
    }
    throw new Error(`internal: bad clone data at ${pos - 1}`);
  }

  function readBoxed() {
    const kind = data[pos++];
    let v;
    if (kind === 't') v = Object(data[pos++] === '1');
    else if (kind === 'd') v = Object(read());
    else if (kind === 's') v = Object(str());
    else v = Object(BigInt(num()));
    refs.push(v);
    return v;
  }

  function readError() {
    const slot = refs.length;
    refs.push(undefined);
    const Ctor = errorTypes[str()] ?? Error;
    // A real error object (util.types.isNativeError), its own stack replaced below if one came.
    const err = new Ctor();
    refs[slot] = err;
    for (;;) {
      const part = data[pos++];
      if (part === '.') break;
      if (part === 'm') {
        Object.defineProperty(err, 'message', { value: str(), writable: true, configurable: true, enumerable: false });
      } else if (part === 'k') {
        Object.defineProperty(err, 'stack', { value: str(), writable: true, configurable: true, enumerable: false });
      } else if (part === 'c') {
        Object.defineProperty(err, 'cause', { value: read(), writable: true, configurable: true, enumerable: false });
      }
    }
    return err;
  }

  const transferredBuffers = new Map();
  const ports = new Map();
  return read();
}

// The transfer list of postMessage / structuredClone, checked as Node checks it.
function checkTransferList(list, sourcePort) {
  const out = [];
  const seen = new Set();
  for (const item of list) {
    if (item === null || typeof item !== 'object') throw dataCloneError('Found invalid value in transferList.');
    if (item[kIsPort] === true) {
      if (item === sourcePort) throw dataCloneError('Transfer list contains source port');
      if (seen.has(item)) throw dataCloneError('Transfer list contains duplicate MessagePort');
    } else if (item[kTransferableSignal] === true) {
      if (seen.has(item)) throw dataCloneError('Transfer list contains duplicate AbortSignal');
    } else if (engine.className(item) === 'ArrayBuffer') {
      if (seen.has(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
      if (item[kUntransferable] === true) throw dataCloneError('Cannot transfer object of unsupported type.');
    } else {
      throw dataCloneError('Found invalid value in transferList.');
    }
    seen.add(item);
    out.push(item);
  }
  return out;
}

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('The value argument must be specified');
  let transfer = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw invalidArgTypeWithMessage(
        "Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
    }
    const list = options.transfer;
    if (list !== undefined) {
      if (list === null || typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
        throw invalidArgTypeWithMessage(
          "Failed to execute 'structuredClone': transfer in Options cannot be converted to sequence.");
      }
      const items = [...list];
      items.forEach((item, i) => {
        if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
          throw invalidArgTypeWithMessage(
            `Failed to execute 'structuredClone': transfer in Options[${i}] is not an object.`);
        }
      });
      transfer = checkTransferList(items, null);
    }
  }
  const { data, objects } = serialize(value, transfer);
  return deserialize(data, objects, (endpoint) => require('internal/worker/io').portFromEndpoint(endpoint));
}

function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  Object.defineProperty(obj, kUntransferable, { value: true, configurable: false, enumerable: false });
}

function isMarkedAsUntransferable(obj) {
  if (obj == null) return false;
  return obj[kUntransferable] === true;
}

function markAsUncloneable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  Object.defineProperty(obj, kUncloneable, { value: true, configurable: false, enumerable: false });
}

module.exports = {
  serialize, deserialize, checkTransferList, structuredClone, dataCloneError,
  markAsUntransferable, isMarkedAsUntransferable, markAsUncloneable,
  kTransferPort, kIsPort, kTransferableSignal, setBlobSupport,
};
