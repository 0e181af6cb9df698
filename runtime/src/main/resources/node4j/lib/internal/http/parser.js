'use strict';
// An incremental HTTP/1.x parser for requests and responses, in the role llhttp plays for Node.
// It reads a header block whole (found with indexOf on the bytes, limited by maxHeaderSize), then a
// body by Content-Length, by chunks (with trailers), or until EOF, and reports through callbacks:
//   onHeadersComplete(info) -> 0, or 1 to skip the body (a response to HEAD), or 2 to skip it and stop
//                              (the message upgrades the connection; info.upgrade says it may)
//   onBody(buffer)   onMessageComplete(trailers)
// execute(buffer) returns the bytes it consumed, or an Error shaped as Node's parse errors
// (code HPE_*, reason, bytesParsed, rawPacket). After an upgrade it stops and leaves the rest unread.

const { Buffer } = require('buffer');

const REQUEST = 1;
const RESPONSE = 2;

// The methods llhttp knows, which http.METHODS lists (sorted).
const methods = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH',
  'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST',
  'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE',
  'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];
const methodSet = new Set(methods);

// Header-name characters (RFC 9110 tchar).
const tokenChars = new Uint8Array(256);
for (const c of "!#$%&'*+-.^_`|~") tokenChars[c.charCodeAt(0)] = 1;
for (let c = 48; c <= 57; c++) tokenChars[c] = 1;
for (let c = 65; c <= 90; c++) tokenChars[c] = 1;
for (let c = 97; c <= 122; c++) tokenChars[c] = 1;

const stateHead = 0;
const stateBodyLength = 1;
const stateBodyEof = 2;
const stateChunkSize = 3;
const stateChunkData = 4;
const stateChunkDataEnd = 5;
const stateTrailers = 6;
const stateUpgraded = 7;
const stateDead = 8;

// Thrown inside execute() to unwind to its one catch, which turns it into the returned error.
class ParseError {}

function parseError(code, reason, bytesParsed, rawPacket) {
  const err = new Error(`Parse Error: ${reason}`);
  err.bytesParsed = bytesParsed;
  err.code = code;
  err.reason = reason;
  err.rawPacket = rawPacket;
  return err;
}

// Names llhttp's method matcher also walks (RTSP's, and HTTP/2's preface), though it refuses them.
const prefixOnly = ['DESCRIBE', 'ANNOUNCE', 'SETUP', 'PLAY', 'PAUSE', 'TEARDOWN', 'GET_PARAMETER',
                    'SET_PARAMETER', 'REDIRECT', 'RECORD', 'FLUSH', 'PRI'];
const prefixNames = methods.concat(prefixOnly);

// Where a method name stops being the start of any known method (llhttp matches methods by prefix).
function methodMismatchAt(word) {
  let k = 0;
  while (k < word.length && prefixNames.some((m) => m.length > k && m.startsWith(word.slice(0, k + 1)))) k++;
  return k;
}

class HTTPParser {
  constructor(kind, { maxHeaderSize = 16384, lenient = false } = {}) {
    this.kind = kind;
    this.maxHeaderSize = maxHeaderSize;
    this.lenient = lenient;
    this.onHeadersComplete = null;
    this.onBody = null;
    this.onMessageComplete = null;
    // For a response parser: the method of the request it answers (HEAD and CONNECT change the body).
    this.pending = null;
    this.reset();
  }

  reset() {
    this.state = stateHead;
    this.remaining = 0;
    this.pending = null;
    this.headerBytes = 0;
    this.shouldKeepAlive = false;
    this.upgrade = false;
    this.messageActive = false;
  }

  execute(data) {
    let buf = data;
    let offset = 0;
    if (this.pending !== null) {
      buf = Buffer.concat([this.pending, data]);
      offset = this.pending.length;
      this.pending = null;
    }
    const base = offset;  // bytes of buf that were consumed by earlier calls
    let pos = 0;
    try {
      while (pos < buf.length) {
        switch (this.state) {
          case stateHead: pos = this.readHead(buf, pos, base); break;
          case stateBodyLength: {
            const n = Math.min(this.remaining, buf.length - pos);
            this.remaining -= n;
            const chunk = buf.subarray(pos, pos + n);
            pos += n;
            this.onBody(chunk);
            if (this.remaining === 0) this.messageDone(null);
            break;
          }
          case stateBodyEof:
            this.onBody(buf.subarray(pos));
            pos = buf.length;
            break;
          case stateChunkSize: pos = this.readChunkSize(buf, pos, base); break;
          case stateChunkData: {
            const n = Math.min(this.remaining, buf.length - pos);
            this.remaining -= n;
            const chunk = buf.subarray(pos, pos + n);
            pos += n;
            this.onBody(chunk);
            if (this.remaining === 0) this.state = stateChunkDataEnd;
            break;
          }
          case stateChunkDataEnd: {
            if (buf.length - pos < 2) {
              if (buf[pos] !== 13) throw this.fail('HPE_STRICT', 'Expected LF after chunk data', pos - base, data);
              this.pending = buf.subarray(pos);
              return data.length;
            }
            if (buf[pos] !== 13 || buf[pos + 1] !== 10) {
              throw this.fail('HPE_STRICT', 'Expected LF after chunk data', pos - base, data);
            }
            pos += 2;
            this.state = stateChunkSize;
            break;
          }
          case stateTrailers: pos = this.readTrailers(buf, pos, base); break;
          case stateUpgraded:
            return pos - base;
          case stateDead:
            // Data after a message that closes the connection is dropped.
            return data.length;
        }
        if (this.pending !== null) return data.length;
      }
    } catch (err) {
      if (err instanceof ParseError) {
        this.state = stateDead;
        return err.error;
      }
      throw err;
    }
    if (this.state === stateUpgraded) return pos - base;
    return data.length;
  }

  // The connection reached EOF: completes a body read until EOF; an error if a message is cut short.
  finish() {
    if (this.state === stateBodyEof) {
      this.messageDone(null);
      return 0;
    }
    if (this.state === stateHead && this.pending === null) return 0;
    if (this.state === stateUpgraded || this.state === stateDead) return 0;
    return parseError('HPE_INVALID_EOF_STATE', 'Invalid EOF state', 0, Buffer.alloc(0));
  }

  fail(code, reason, bytesParsed, rawPacket) {
    const e = new ParseError();
    e.error = parseError(code, reason, Math.max(0, bytesParsed), rawPacket);
    return e;
  }

  readHead(buf, pos, base) {
    // Empty lines before a message are skipped, as llhttp does between pipelined messages.
    while (pos < buf.length && (buf[pos] === 13 || buf[pos] === 10) && !this.messageActive) pos++;
    if (pos >= buf.length) return pos;
    this.messageActive = true;
    const end = buf.indexOf('\r\n\r\n', pos, 'latin1');
    if (end === -1) {
      if (buf.length - pos > this.maxHeaderSize) {
        throw this.fail('HPE_HEADER_OVERFLOW', 'Header overflow', this.maxHeaderSize, buf.subarray(base));
      }
      if (this.kind === REQUEST) this.checkRequestLineSoFar(buf, pos, base);
      this.pending = buf.subarray(pos);
      return buf.length;
    }
    if (end + 4 - pos > this.maxHeaderSize + 4) {
      throw this.fail('HPE_HEADER_OVERFLOW', 'Header overflow', this.maxHeaderSize, buf.subarray(base));
    }
    const head = buf.latin1Slice(pos, end + 2);
    const raw = buf.subarray(base);
    const headStart = pos - base;
    const info = this.parseHead(head, headStart, raw);
    pos = end + 4;
    this.startBody(info, pos - base, raw);
    const skip = this.onHeadersComplete(info);
    if (skip === 2) {
      this.state = stateUpgraded;
      return pos;
    }
    if (skip === 1 || skip === true) this.state = stateHead;
    if (this.state === stateHead) this.messageDone(null);
    else if (this.state === stateBodyLength && this.remaining === 0) this.messageDone(null);
    return pos;
  }

  // The request line can be refused before its header block is whole (a bad method at once).
  checkRequestLineSoFar(buf, pos, base) {
    const sp = buf.indexOf(32, pos);
    const word = buf.latin1Slice(pos, sp === -1 ? Math.min(buf.length, pos + 16) : sp);
    const at = methodMismatchAt(word);
    if (at < word.length || (sp !== -1 && !methodSet.has(word))) {
      throw this.fail('HPE_INVALID_METHOD', 'Invalid method encountered', pos + at - base, buf.subarray(base));
    }
  }

  parseHead(head, start, raw) {
    const info = {
      method: null, url: null, statusCode: 0, statusMessage: '', versionMajor: 1, versionMinor: 1,
      headers: [], upgrade: false, shouldKeepAlive: false,
    };
    let eol = head.indexOf('\r\n');
    const line = head.slice(0, eol);
    if (this.kind === REQUEST) this.parseRequestLine(line, info, start, raw);
    else this.parseStatusLine(line, info, start, raw);
    let i = eol + 2;
    const headers = info.headers;
    while (i < head.length) {
      eol = head.indexOf('\r\n', i);
      const colon = head.indexOf(':', i);
      if (colon === -1 || colon > eol || colon === i) {
        let bad = i;
        while (bad < eol && tokenChars[head.charCodeAt(bad)] === 1) bad++;
        throw this.fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header token', start + bad, raw);
      }
      for (let k = i; k < colon; k++) {
        if (tokenChars[head.charCodeAt(k)] !== 1) {
          throw this.fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header token', start + k, raw);
        }
      }
      let vs = colon + 1;
      let ve = eol;
      while (vs < ve && (head.charCodeAt(vs) === 32 || head.charCodeAt(vs) === 9)) vs++;
      while (ve > vs && (head.charCodeAt(ve - 1) === 32 || head.charCodeAt(ve - 1) === 9)) ve--;
      for (let k = vs; k < ve; k++) {
        const c = head.charCodeAt(k);
        if ((c < 32 && c !== 9) || c === 127) {
          throw this.fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header value char', start + k, raw);
        }
      }
      if (colon - i === 14 && head.slice(i, colon).toLowerCase() === 'content-length') {
        for (let k = vs; k < ve; k++) {
          const c = head.charCodeAt(k);
          if (c < 48 || c > 57) {
            throw this.fail('HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length', start + k, raw);
          }
        }
      }
      headers.push(head.slice(i, colon), head.slice(vs, ve));
      i = eol + 2;
    }
    return info;
  }

  parseRequestLine(line, info, start, raw) {
    const sp1 = line.indexOf(' ');
    const method = sp1 === -1 ? line : line.slice(0, sp1);
    if (!methodSet.has(method)) {
      throw this.fail('HPE_INVALID_METHOD', 'Invalid method encountered', start + methodMismatchAt(method), raw);
    }
    const sp2 = line.indexOf(' ', sp1 + 1);
    if (sp2 === -1 || sp2 === sp1 + 1) {
      throw this.fail('HPE_INVALID_URL', 'Invalid URL', start + sp1 + 1, raw);
    }
    const url = line.slice(sp1 + 1, sp2);
    for (let k = 0; k < url.length; k++) {
      const c = url.charCodeAt(k);
      if (c <= 32 || c === 127) throw this.fail('HPE_INVALID_URL', 'Invalid URL', start + sp1 + 1 + k, raw);
    }
    const version = line.slice(sp2 + 1);
    if (version.length !== 8 || !version.startsWith('HTTP/') || version[6] !== '.') {
      throw this.fail('HPE_INVALID_CONSTANT', 'Expected HTTP/', start + sp2 + 1, raw);
    }
    this.readVersion(version, info, start + sp2 + 1, raw);
    info.method = method;
    info.url = url;
  }

  parseStatusLine(line, info, start, raw) {
    if (!line.startsWith('HTTP/') || line[6] !== '.') {
      throw this.fail('HPE_INVALID_CONSTANT', 'Expected HTTP/', start, raw);
    }
    this.readVersion(line.slice(0, 8), info, start, raw);
    if (line[8] !== ' ') throw this.fail('HPE_INVALID_VERSION', 'Expected space after version', start + 8, raw);
    const code = line.slice(9, 12);
    if (!/^[0-9]{3}$/.test(code)) {
      throw this.fail('HPE_INVALID_STATUS', 'Invalid status code', start + 9, raw);
    }
    info.statusCode = Number(code);
    if (line.length > 12) {
      if (line[12] !== ' ') throw this.fail('HPE_INVALID_STATUS', 'Invalid status code', start + 12, raw);
      info.statusMessage = line.slice(13);
    }
  }

  readVersion(version, info, at, raw) {
    const major = version.charCodeAt(5) - 48;
    const minor = version.charCodeAt(7) - 48;
    const ok = (major === 1 && (minor === 0 || minor === 1)) || (major === 0 && minor === 9) ||
               (major === 2 && minor === 0);
    if (!ok) throw this.fail('HPE_INVALID_VERSION', 'Invalid HTTP version', at + 8, raw);
    info.versionMajor = major;
    info.versionMinor = minor;
  }

  // Decides how the body is framed, and whether the connection stays open, from the headers.
  startBody(info, at, raw) {
    const h = info.headers;
    let contentLength = -1;
    let chunked = false;
    let hasTE = false;
    let connClose = false;
    let connKeepAlive = false;
    let connUpgrade = false;
    let hasUpgrade = false;
    for (let i = 0; i < h.length; i += 2) {
      const name = h[i].toLowerCase();
      if (name === 'content-length') {
        const v = h[i + 1];
        if (!/^[0-9]+$/.test(v)) {
          throw this.fail('HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length', at - 2, raw);
        }
        const n = Number(v);
        if (contentLength !== -1) {
          throw this.fail('HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length', at - 2, raw);
        }
        contentLength = n;
      } else if (name === 'transfer-encoding') {
        hasTE = true;
        const parts = h[i + 1].toLowerCase().split(',');
        chunked = parts[parts.length - 1].trim() === 'chunked';
      } else if (name === 'connection') {
        for (const token of h[i + 1].toLowerCase().split(',')) {
          const t = token.trim();
          if (t === 'close') connClose = true;
          else if (t === 'keep-alive') connKeepAlive = true;
          else if (t === 'upgrade') connUpgrade = true;
        }
      } else if (name === 'upgrade') {
        hasUpgrade = true;
      }
    }
    if (hasTE && contentLength !== -1 && !this.lenient) {
      throw this.fail('HPE_INVALID_TRANSFER_ENCODING',
                      "Transfer-Encoding can't be present with Content-Length", at - 12, raw);
    }
    if (this.kind === REQUEST && hasTE && !chunked) {
      throw this.fail('HPE_INVALID_TRANSFER_ENCODING',
                      'Request has invalid `Transfer-Encoding`', at - 2, raw);
    }
    const http11 = info.versionMajor === 1 && info.versionMinor === 1;
    let keepAlive = http11 ? !connClose : connKeepAlive;
    if (this.kind === REQUEST) {
      info.upgrade = (connUpgrade && hasUpgrade) || info.method === 'CONNECT';
      if (chunked) this.state = stateChunkSize;
      else if (contentLength > 0) { this.state = stateBodyLength; this.remaining = contentLength; }
      else this.state = stateHead;
    } else {
      const code = info.statusCode;
      info.upgrade = code === 101;
      if ((code >= 100 && code < 200) || code === 204 || code === 304) this.state = stateHead;
      else if (chunked) this.state = stateChunkSize;
      else if (contentLength !== -1) {
        this.state = contentLength > 0 ? stateBodyLength : stateHead;
        this.remaining = contentLength;
      } else {
        this.state = stateBodyEof;
        keepAlive = false;
      }
    }
    info.shouldKeepAlive = keepAlive;
    this.shouldKeepAlive = keepAlive;
    this.upgrade = info.upgrade;
  }

  readChunkSize(buf, pos, base) {
    const eol = buf.indexOf('\r\n', pos, 'latin1');
    let end = eol === -1 ? buf.length : eol;
    let size = 0;
    let digits = 0;
    let k = pos;
    for (; k < end; k++) {
      const c = buf[k];
      let d;
      if (c >= 48 && c <= 57) d = c - 48;
      else if (c >= 97 && c <= 102) d = c - 87;
      else if (c >= 65 && c <= 70) d = c - 55;
      else break;
      size = size * 16 + d;
      digits++;
      if (digits > 16) throw this.fail('HPE_INVALID_CHUNK_SIZE', 'Chunk size overflow', k - base, buf.subarray(base));
    }
    if (k < end && buf[k] !== 59 && buf[k] !== 32 && buf[k] !== 9) {
      throw this.fail('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', k - base, buf.subarray(base));
    }
    if (digits === 0 && (k < end || eol !== -1)) {
      throw this.fail('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', k - base, buf.subarray(base));
    }
    if (eol === -1) {
      if (buf.length - pos > this.maxHeaderSize) {
        throw this.fail('HPE_CHUNK_EXTENSIONS_OVERFLOW', 'Chunk extensions overflow', k - base, buf.subarray(base));
      }
      this.pending = buf.subarray(pos);
      return buf.length;
    }
    if (size === 0) {
      this.state = stateTrailers;
      return eol + 2;
    }
    this.remaining = size;
    this.state = stateChunkData;
    return eol + 2;
  }

  readTrailers(buf, pos, base) {
    if (buf.length - pos >= 2 && buf[pos] === 13 && buf[pos + 1] === 10) {
      this.messageDone([]);
      return pos + 2;
    }
    const end = buf.indexOf('\r\n\r\n', pos, 'latin1');
    if (end === -1) {
      if (buf.length - pos > this.maxHeaderSize) {
        throw this.fail('HPE_HEADER_OVERFLOW', 'Header overflow', this.maxHeaderSize, buf.subarray(base));
      }
      this.pending = buf.subarray(pos);
      return buf.length;
    }
    // The trailer block reads as a header block behind a dummy first line.
    const block = 'X\r\n' + buf.latin1Slice(pos, end + 2);
    const trailers = [];
    let i = 3;
    while (i < block.length) {
      const eol = block.indexOf('\r\n', i);
      const colon = block.indexOf(':', i);
      if (colon === -1 || colon > eol) {
        throw this.fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header token', pos - base, buf.subarray(base));
      }
      trailers.push(block.slice(i, colon), block.slice(colon + 1, eol).trim());
      i = eol + 2;
    }
    this.messageDone(trailers);
    return end + 4;
  }

  messageDone(trailers) {
    const keepAlive = this.shouldKeepAlive;
    this.state = keepAlive ? stateHead : stateDead;
    this.messageActive = false;
    this.remaining = 0;
    this.onMessageComplete(trailers);
    // A message complete callback may have reset the parser for reuse.
    if (!keepAlive && this.state === stateDead && this.kind === RESPONSE) this.state = stateHead;
  }
}

module.exports = { HTTPParser, REQUEST, RESPONSE, methods, tokenChars };
