'use strict';
// node:_http_incoming: IncomingMessage, a request as the server reads it or a response as the client
// reads it: a Readable of the body, with the head's fields and the headers in Node's three forms.

const { Readable } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) streamOptions = { highWaterMark: socket.readableHighWaterMark };
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this[kHeadersDistinct] = null;
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this[kTrailersDistinct] = null;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  get() { return this.socket; },
  set(value) { this.socket = value; },
  configurable: true, enumerable: false,
});

function headersObject(self, raw, count, joinAll) {
  const out = {};
  for (let i = 0; i < count; i += 2) addHeaderLine(out, raw[i], raw[i + 1], joinAll);
  return out;
}

function distinctObject(raw, count) {
  const out = { __proto__: null };
  for (let i = 0; i < count; i += 2) {
    const key = raw[i].toLowerCase();
    if (out[key] === undefined) out[key] = [raw[i + 1]];
    else out[key].push(raw[i + 1]);
  }
  return out;
}

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  get() {
    if (this[kHeaders] === null) {
      this[kHeaders] = headersObject(this, this.rawHeaders, this[kHeadersCount] || this.rawHeaders.length,
                                     this.joinDuplicateHeaders);
    }
    return this[kHeaders];
  },
  set(value) { this[kHeaders] = value; },
  configurable: true, enumerable: true,
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  get() {
    if (this[kHeadersDistinct] === null) {
      this[kHeadersDistinct] = distinctObject(this.rawHeaders, this[kHeadersCount] || this.rawHeaders.length);
    }
    return this[kHeadersDistinct];
  },
  set(value) { this[kHeadersDistinct] = value; },
  configurable: true, enumerable: true,
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  get() {
    if (this[kTrailers] === null) {
      this[kTrailers] = headersObject(this, this.rawTrailers, this[kTrailersCount] || this.rawTrailers.length,
                                      this.joinDuplicateHeaders);
    }
    return this[kTrailers];
  },
  set(value) { this[kTrailers] = value; },
  configurable: true, enumerable: true,
});

Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
  get() {
    if (this[kTrailersDistinct] === null) {
      this[kTrailersDistinct] = distinctObject(this.rawTrailers, this[kTrailersCount] || this.rawTrailers.length);
    }
    return this[kTrailersDistinct];
  },
  set(value) { this[kTrailersDistinct] = value; },
  configurable: true, enumerable: true,
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this.socket && this.socket.readable) readStart(this.socket);
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  // A request whose body is not read whole leaves its socket unusable: it goes with the message.
  // The error reaches 'error' only when someone listens for it.
  if (this.listenerCount('error') === 0) err = null;
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = () => cb(err);
    if (this.socket.destroyed) process.nextTick(cleanup);
    else this.socket.once('close', cleanup);
    return;
  }
  process.nextTick(cb, err);
};

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    const dest = this.complete ? this.rawTrailers : this.rawHeaders;
    for (let i = 0; i < n; i++) dest.push(headers[i]);
    if (this.complete) this[kTrailersCount] = n;
    else this[kHeadersCount] = n;
  }
};

// How Node folds a repeated header into one value: some keep the first, set-cookie keeps all in an
// array, cookie joins with '; ', the rest with ', '.
function matchKnownFields(field) {
  switch (field.length) {
    case 3: if (field === 'age' || field === 'Age') return 'age'; break;
    case 4:
      if (field === 'host' || field === 'Host') return 'host';
      if (field === 'from' || field === 'From') return 'from';
      if (field === 'etag' || field === 'ETag') return 'etag';
      break;
  }
  const low = field.toLowerCase();
  switch (low) {
    case 'age': case 'authorization': case 'content-length': case 'content-type': case 'etag':
    case 'expires': case 'from': case 'host': case 'if-modified-since': case 'if-unmodified-since':
    case 'last-modified': case 'location': case 'max-forwards': case 'proxy-authorization':
    case 'referer': case 'retry-after': case 'server': case 'user-agent':
      return low;
    case 'set-cookie': return '\u0001';
    case 'cookie': return '\u0002cookie';
    default: return '\u0000' + low;
  }
}

function addHeaderLine(dest, field, value, joinAll) {
  const key = matchKnownFields(field);
  const flag = key.charCodeAt(0);
  if (flag === 0 || flag === 2) {
    const name = key.slice(1);
    if (typeof dest[name] === 'string') dest[name] += (flag === 0 ? ', ' : '; ') + value;
    else dest[name] = value;
  } else if (flag === 1) {
    if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
    else dest['set-cookie'] = [value];
  } else if (joinAll) {
    if (dest[key] === undefined) dest[key] = value;
    else dest[key] += ', ' + value;
  } else if (dest[key] === undefined) {
    dest[key] = value;
  }
}

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  addHeaderLine(dest, field, value, this.joinDuplicateHeaders);
};

// Reads and drops the rest of the body (a response nobody listens to, a request nobody read).
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = { IncomingMessage, readStart, readStop };
