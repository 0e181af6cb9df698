'use strict';
// fetch(): the standard's fetch for the schemes Node's has: http: (over node:http's client and an
// Agent of its own that keeps connections alive, unref'd while idle, as undici's pool does), data:
// and blob: URLs. Redirects are followed here, with the standard's method and body rules; bodies
// compressed with gzip, deflate or br are decoded. https: needs TLS, which node4j does not have.

const { URL } = require('internal/url');
const { HeaderList } = require('internal/fetch/headers');
const { Request, requestState, signalToFollow } = require('internal/fetch/request');
const { fetchedResponse } = require('internal/fetch/response');
const { rebuild, bodyOfBytes, webstreams } = require('internal/fetch/body');
const {
  fetchFailed, networkError, connectionError, contentLengthMismatch, SocketError, InvalidArgumentError,
  NotSupportedError,
} = require('internal/fetch/errors');
const { processDataURL } = require('internal/fetch/data_url');

// The fetch standard's bad ports: a request to one fails without a connection.
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
  109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
  526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];
const NULL_BODY_STATUSES = [101, 103, 204, 205, 304];
const REQUEST_BODY_HEADERS = ['content-encoding', 'content-language', 'content-location', 'content-type',
                              'content-length'];
// Headers the connection owns: fetch writes its own.
const CONNECTION_HEADERS = ['host', 'connection', 'content-length'];
// Headers undici refuses in a request (the fetch then fails with this as the cause).
const REFUSED_HEADERS = {
  __proto__: null,
  'transfer-encoding': () => new InvalidArgumentError('invalid transfer-encoding header'),
  'keep-alive': () => new InvalidArgumentError('invalid keep-alive header'),
  'upgrade': () => new InvalidArgumentError('invalid upgrade header'),
  'expect': () => new NotSupportedError('expect header not supported'),
};
// Methods for which an empty body is announced as "content-length: 0" (undici's list).
const PAYLOAD_METHODS = ['POST', 'PUT', 'PATCH', 'QUERY', 'PROPFIND', 'PROPPATCH'];

const MAX_REDIRECTS = 20;
const BODY_BUFFER = 64 * 1024;
// How long an idle connection stays in the pool (undici's keepAliveTimeout), and how much sooner
// than a server's "Keep-Alive: timeout=N" it is closed (undici's keepAliveTimeoutThreshold).
const KEEP_ALIVE_MS = 4000;
const KEEP_ALIVE_THRESHOLD_MS = 2000;

let agent;
function fetchAgent() {
  if (agent !== undefined) return agent;
  const { Agent } = require('_http_agent');
  agent = new Agent({ keepAlive: true, timeout: KEEP_ALIVE_MS });
  // An idle connection is unref'd (it never keeps the process alive) and closed after the pool's
  // timeout, or sooner when the server said it would close it sooner.
  agent.keepSocketAlive = function keepSocketAlive(socket) {
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    let timeout = KEEP_ALIVE_MS;
    const hint = /(?:^|,)\s*timeout=(\d+)/i.exec(socket._httpMessage?.res?.headers['keep-alive'] ?? '')?.[1];
    if (hint !== undefined) {
      const serverTimeout = Number(hint) * 1000 - KEEP_ALIVE_THRESHOLD_MS;
      if (serverTimeout < 1000) return false;
      timeout = Math.min(timeout, serverTimeout);
    }
    socket.setTimeout(timeout);
    return true;
  };
  return agent;
}

function fetch(input, init = undefined) {
  let request;
  try {
    request = new Request(input, init);
  } catch (err) {
    return Promise.reject(err);
  }
  const state = requestState(request);
  const signal = signalToFollow(state);
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const ctx = {
      method: state.method,
      url: state.url,
      urlList: [state.url],
      // The Request is fetch's own (made above), so its list can change as redirects need.
      headers: state.headers,
      body: state.body,
      redirect: state.redirect,
      mode: state.mode,
      redirectCount: 0,
      signal,
      settled: false,
      // What an abort must stop: the request in flight, then the response body being read.
      onAbort: null,
      done() {},
      resolve(response) {
        if (this.settled) return;
        this.settled = true;
        resolve(response);
      },
      reject(err) {
        if (this.settled) return;
        this.settled = true;
        this.done();
        reject(err);
      },
    };
    const abortListener = () => {
      const reason = ctx.signal.reason;
      const onAbort = ctx.onAbort;
      ctx.onAbort = null;
      ctx.reject(reason);
      onAbort?.(reason);
    };
    if (signal !== null) {
      signal.addEventListener('abort', abortListener, { once: true });
      ctx.done = () => signal.removeEventListener('abort', abortListener);
    }
    mainFetch(ctx);
  });
}

function mainFetch(ctx) {
  const { url } = ctx;
  switch (url.protocol) {
    case 'http:':
    case 'https:':
      if (url.port !== '' && BAD_PORTS.has(Number(url.port))) return ctx.reject(fetchFailed(networkError('bad port')));
      if (url.protocol === 'https:') {
        return ctx.reject(fetchFailed(networkError('node4j has no TLS: https: URLs cannot be fetched')));
      }
      return httpFetch(ctx);
    case 'data:':
      return dataFetch(ctx);
    case 'blob:':
      return blobFetch(ctx);
    case 'about:':
      return ctx.reject(fetchFailed(networkError('about scheme is not supported')));
    case 'file:':
      return ctx.reject(fetchFailed(networkError('not implemented... yet...')));
    default:
      return ctx.reject(fetchFailed(networkError('unknown scheme')));
  }
}

function respondWith(ctx, status, statusText, headers, body) {
  ctx.done();
  ctx.resolve(fetchedResponse(ctx.urlList, status, statusText, headers, body));
}

// ---- data: and blob: ----

function dataFetch(ctx) {
  const data = processDataURL(ctx.url);
  if (data === null) return ctx.reject(fetchFailed(networkError('failed to fetch the data URL')));
  const headers = new HeaderList();
  headers.append('content-type', data.type);
  respondWith(ctx, 200, 'OK', headers, bodyOfBytes(data.bytes));
}

function blobFetch(ctx) {
  const { resolveObjectURL } = require('internal/blob');
  const blob = ctx.method === 'GET' ? resolveObjectURL(ctx.url.href) : undefined;
  if (blob === undefined) return ctx.reject(fetchFailed(networkError('invalid method')));
  const headers = new HeaderList();
  headers.append('content-length', `${blob.size}`);
  headers.append('content-type', blob.type);
  const { extractBody } = require('internal/fetch/body');
  respondWith(ctx, 200, 'OK', headers, extractBody(blob).body);
}

// ---- http: ----

// The request head as fetch writes it, as [name, value] pairs: host and connection first, then the
// request's headers in the order they were added, then the defaults it lacks, then the body's
// length; and whether the connection is to be closed after the response.
function requestHead(ctx) {
  const { headers, body } = ctx;
  const connection = headers.get('connection');
  const close = ctx.method === 'HEAD' || (connection !== null && /(^|,)\s*close\s*(,|$)/i.test(connection));
  const head = [['host', ctx.url.host], ['connection', close ? 'close' : 'keep-alive']];
  for (const [name, value] of headers.rawPairs()) {
    const lower = name.toLowerCase();
    if (REFUSED_HEADERS[lower] !== undefined) throw REFUSED_HEADERS[lower]();
    if (lower === 'sec-fetch-mode') head.push([name, ctx.mode]);
    else if (!CONNECTION_HEADERS.includes(lower)) head.push([name, value]);
  }
  const length = headers.get('content-length');
  if (length !== null && body !== null && body.length !== null && Number(length) !== body.length) {
    throw contentLengthMismatch();
  }
  if (!headers.has('accept')) head.push(['accept', '*/*']);
  if (!headers.has('accept-language')) head.push(['accept-language', '*']);
  if (!headers.has('sec-fetch-mode')) head.push(['sec-fetch-mode', ctx.mode]);
  if (!headers.has('user-agent')) head.push(['user-agent', 'node']);
  if (!headers.has('accept-encoding')) head.push(['accept-encoding', 'gzip, deflate']);
  if (body === null || body.length === 0) {
    if (PAYLOAD_METHODS.includes(ctx.method)) head.push(['content-length', '0']);
  } else if (body.length !== null) {
    head.push(['content-length', `${body.length}`]);
  } else {
    head.push(['transfer-encoding', 'chunked']);
  }
  return { head, close };
}

// Writes the request body from its stream, waiting for 'drain' when the socket is full. A failure
// (a bad chunk, a head node:http refuses) fails the fetch.
async function sendBody(ctx, req, body) {
  try {
    if (body === null) {
      req.end();
      return;
    }
    const reader = body.stream.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
      if (req.destroyed) return;
      if (!req.write(value)) await new Promise((resolve) => req.once('drain', resolve));
    }
    req.end();
  } catch (err) {
    ctx.reject(fetchFailed(err));
    req.destroy();
  }
}

// The Fetch standard's timing info of one fetch, in performance.now() milliseconds, for its resource
// timing entry (made once the body has been read to its end). Connections are the pool's: their
// look-up and connect times are not measured and read as the request's start.
function startTiming(ctx) {
  const { now } = require('internal/perf/utils');
  const t = now();
  if (ctx.timing === undefined) {
    ctx.timing = { startTime: t, redirectStartTime: 0, redirectEndTime: 0, postRedirectStartTime: t,
                   finalServiceWorkerStartTime: 0, encodedBodySize: 0, decodedBodySize: 0 };
  } else {
    // A redirect was followed: the redirects span from the first request to this one.
    ctx.timing.redirectStartTime = ctx.timing.startTime;
    ctx.timing.redirectEndTime = t;
    ctx.timing.postRedirectStartTime = t;
  }
  ctx.timing.finalNetworkRequestStartTime = t;
  ctx.timing.finalConnectionTimingInfo = {
    domainLookupStartTime: t, domainLookupEndTime: t, connectionStartTime: t, connectionEndTime: t,
    secureConnectionStartTime: t, ALPNNegotiatedProtocol: undefined,
  };
}

function markResourceTiming(ctx, status) {
  const { now } = require('internal/perf/utils');
  ctx.timing.endTime = now();
  const url = ctx.urlList[0];
  require('internal/perf/performance').performance.markResourceTiming(ctx.timing, `${url}`, 'fetch', globalThis, '', {},
                                                                      status, '');
}

function httpFetch(ctx) {
  const http = require('http');
  const { url } = ctx;
  startTiming(ctx);
  let req;
  try {
    const { head, close } = requestHead(ctx);
    req = http.request({
      host: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      port: url.port === '' ? 80 : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: ctx.method,
      agent: fetchAgent(),
      setHost: false,
    });
    req.on('error', (err) => ctx.reject(fetchFailed(connectionError(err))));
    req.on('response', (res) => onResponse(ctx, req, res));
    // The head is written at the first write: set everything it depends on before. node:http
    // upper-cases the method; fetch sends it as the Request normalised it ('patch' stays 'patch',
    // which a Node server refuses, as it refuses undici's). The length headers are fetch's own, so
    // node:http is not to add one.
    req.method = ctx.method;
    req.useChunkedEncodingByDefault = false;
    for (const [name, value] of head) req.setHeader(name, value);
    if (close) req.shouldKeepAlive = false;
  } catch (err) {
    ctx.reject(fetchFailed(err));
    req?.destroy();
    return;
  }
  ctx.onAbort = () => req.destroy();
  sendBody(ctx, req, ctx.body);
}

function onResponse(ctx, req, res) {
  if (ctx.settled) {
    res.destroy();
    return;
  }
  const status = res.statusCode;
  const headers = new HeaderList();
  const raw = res.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i].toLowerCase(), raw[i + 1]);
  const location = headers.get('location');
  if (REDIRECT_STATUSES.includes(status) && location !== null && ctx.redirect !== 'manual') {
    res.resume();
    if (ctx.redirect === 'error') return ctx.reject(fetchFailed(networkError('unexpected redirect')));
    return followRedirect(ctx, status, location);
  }
  ctx.timing.finalNetworkResponseStartTime = require('internal/perf/utils').now();
  let body = null;
  if (ctx.method === 'HEAD' || ctx.method === 'CONNECT' || NULL_BODY_STATUSES.includes(status)) {
    res.resume();
    ctx.done();
    markResourceTiming(ctx, status);
  } else {
    body = responseBody(ctx, res, headers.get('content-encoding'), status);
  }
  ctx.resolve(fetchedResponse(ctx.urlList, status, res.statusMessage, headers, body));
}

// The decoders for a Content-Encoding (applied last first), or null when one is unknown.
function decoders(contentEncoding) {
  const zlib = require('zlib');
  const codings = contentEncoding.split(',').map((c) => c.trim().toLowerCase()).filter((c) => c !== '');
  const out = [];
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') {
      out.push(zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    } else if (coding === 'deflate') {
      out.push(inflateAnyDeflate(zlib));
    } else if (coding === 'br') {
      out.push(zlib.createBrotliDecompress({
        flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
      }));
    } else {
      return null;
    }
  }
  return out;
}

// "deflate" is zlib-wrapped by the standard, raw in some servers: the first byte tells which.
function inflateAnyDeflate(zlib) {
  const { Transform } = require('stream');
  let inner = null;
  const options = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const outer = new Transform({
    transform(chunk, encoding, callback) {
      if (inner === null) {
        inner = (chunk[0] & 0x0f) === 0x08 ? zlib.createInflate(options) : zlib.createInflateRaw(options);
        inner.on('data', (data) => outer.push(data));
        inner.on('error', (err) => outer.destroy(err));
      }
      inner.write(chunk, callback);
    },
    flush(callback) {
      if (inner === null) return callback();
      inner.once('end', callback);
      inner.end();
    },
  });
  return outer;
}

// The response body: a byte ReadableStream fed by the message (through its decoders), paused
// while the stream's queue is full. The queue takes BODY_BUFFER bytes before that, so a small body
// is read off the connection whether or not the program reads it, and the connection goes back to
// the pool (unref'd) as undici's does: an unread response does not keep the process alive.
function responseBody(ctx, res, contentEncoding, status) {
  const { ReadableStream } = webstreams();
  let source = res;
  res.on('data', (chunk) => { ctx.timing.encodedBodySize += chunk.length; });
  const chain = contentEncoding === null ? [] : decoders(contentEncoding) ?? [];
  for (const decoder of chain) {
    source.on('error', (err) => decoder.destroy(err));
    source = source.pipe(decoder);
  }
  let controller;
  let finished = false;
  const finish = () => {
    finished = true;
    ctx.onAbort = null;
    ctx.done();
  };
  const stream = new ReadableStream({
    type: 'bytes',
    start(c) {
      controller = c;
    },
    pull() {
      source.resume();
    },
    cancel() {
      finish();
      res.destroy();
    },
  }, { highWaterMark: BODY_BUFFER });
  source.pause();
  source.on('data', (chunk) => {
    if (finished) return;
    ctx.timing.decodedBodySize += chunk.length;
    controller.enqueue(new Uint8Array(chunk));
    if (controller.desiredSize <= 0) source.pause();
  });
  source.on('end', () => {
    if (finished) return;
    finish();
    markResourceTiming(ctx, status);
    controller.close();
    controller.byobRequest?.respond(0);
  });
  const fail = (err) => {
    if (finished) return;
    finish();
    controller.error(err);
  };
  source.on('error', (err) => fail(new TypeError('terminated', { cause: connectionError(err) })));
  res.on('aborted', () => fail(new TypeError('terminated', { cause: new SocketError('other side closed') })));
  ctx.onAbort = (reason) => {
    fail(reason);
    res.destroy();
  };
  return { stream, source: null, length: null };
}

function followRedirect(ctx, status, location) {
  let next;
  try {
    next = new URL(location, ctx.url);
  } catch (err) {
    return ctx.reject(fetchFailed(err));
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    return ctx.reject(fetchFailed(networkError('URL scheme must be a HTTP(S) scheme')));
  }
  if (ctx.redirectCount === MAX_REDIRECTS) return ctx.reject(fetchFailed(networkError('redirect count exceeded')));
  ctx.redirectCount++;
  if (status !== 303 && ctx.body !== null && ctx.body.source === null) {
    return ctx.reject(fetchFailed(networkError()));
  }
  if (((status === 301 || status === 302) && ctx.method === 'POST') ||
      (status === 303 && ctx.method !== 'GET' && ctx.method !== 'HEAD')) {
    ctx.method = 'GET';
    ctx.body = null;
    for (const name of REQUEST_BODY_HEADERS) ctx.headers.delete(name);
  }
  if (next.origin !== ctx.url.origin) {
    for (const name of ['authorization', 'proxy-authorization', 'cookie', 'host']) ctx.headers.delete(name);
  }
  if (ctx.body !== null) ctx.body = rebuild(ctx.body);
  ctx.url = next;
  ctx.urlList.push(next);
  mainFetch(ctx);
}

module.exports = { fetch };
