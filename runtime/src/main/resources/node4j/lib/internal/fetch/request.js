'use strict';
// Request (WHATWG fetch): a method, a URL, headers, a body and the fetch options, checked and
// normalised as the standard's constructor does. Its signal follows the one it was given.

const { URL } = require('internal/url');
const { HeaderList, headersFrom, fill } = require('internal/fetch/headers');
const { extractBody, cloneBody, isUnusable, mixinBody, webstreams } = require('internal/fetch/body');
const {
  kInspect, describe, argumentCount, illegalInvocation, toByteString, toUSVString, dictionary,
  enumeration, inspectAs, defineInterface,
} = require('internal/fetch/webidl');

const requests = new WeakMap();

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const NORMALIZED_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];
const FORBIDDEN_METHODS = ['CONNECT', 'TRACE', 'TRACK'];
const REFERRER_POLICIES = ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin',
                           'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin',
                           'unsafe-url'];

let patchWarned = false;

function stateOf(request) {
  const state = requests.get(request);
  if (state === undefined) throw illegalInvocation();
  return state;
}

function isRequest(value) {
  return requests.has(value);
}

// A signal that aborts when `parent` does (or a fresh one).
function followingSignal(parent) {
  const { newAbortSignal, AbortSignal } = require('internal/abort_controller');
  if (parent == null) return newAbortSignal();
  return AbortSignal.any([parent]);
}

// What aborts a Request: its own signal once made, else the one it follows (or null).
function signalToFollow(state) {
  return state.signal ?? state.parentSignal;
}

// RequestInit, converted member by member in WebIDL's (alphabetical) order.
function convertInit(init) {
  init = dictionary(init);
  const out = {};
  out.body = init.body;
  if (init.cache !== undefined) {
    out.cache = enumeration(init.cache, ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached']);
  }
  if (init.credentials !== undefined) out.credentials = enumeration(init.credentials, ['omit', 'same-origin', 'include']);
  if (init.duplex !== undefined) out.duplex = enumeration(init.duplex, ['half']);
  out.headers = init.headers;
  if (init.integrity !== undefined) out.integrity = `${init.integrity}`;
  if (init.keepalive !== undefined) out.keepalive = Boolean(init.keepalive);
  if (init.method !== undefined) out.method = toByteString(init.method);
  if (init.mode !== undefined) out.mode = enumeration(init.mode, ['navigate', 'same-origin', 'no-cors', 'cors']);
  if (init.priority !== undefined) enumeration(init.priority, ['high', 'low', 'auto']);
  if (init.redirect !== undefined) out.redirect = enumeration(init.redirect, ['follow', 'manual', 'error']);
  if (init.referrer !== undefined) out.referrer = toUSVString(init.referrer);
  if (init.referrerPolicy !== undefined) out.referrerPolicy = enumeration(init.referrerPolicy, REFERRER_POLICIES);
  if (init.signal !== undefined) {
    const { isAbortSignal } = require('internal/abort_controller');
    if (init.signal !== null && !isAbortSignal(init.signal)) {
      throw new TypeError(`RequestInit: Expected signal ("${describe(init.signal)}") to be an instance of AbortSignal.`);
    }
    out.signal = init.signal;
  }
  if (init.window != null) throw new TypeError("'window' option 'client' must be null");
  return out;
}

function parseURL(input) {
  try {
    return new URL(input);
  } catch (err) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
  }
}

function normalizeMethod(method) {
  if (!TOKEN.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  const upper = method.toUpperCase();
  if (FORBIDDEN_METHODS.includes(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
  if (NORMALIZED_METHODS.includes(upper)) return upper;
  if (method === 'patch' && !patchWarned) {
    patchWarned = true;
    process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is ' +
      'much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
  }
  return method;
}

// The body of a Request built from another: a new stream reading the old one, which is used up.
function takeBody(body) {
  const { ReadableStream, kState } = webstreams();
  const reader = body.stream.getReader();
  body.stream[kState].disturbed = true;
  // A default stream, not a byte one: its chunks are the old stream's own (a byte stream would
  // take their buffers, which a teed branch may share).
  const stream = new ReadableStream({
    async pull(controller) {
      const { value, done } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { stream, source: body.source, length: body.length };
}

class Request {
  constructor(input, init = undefined) {
    argumentCount(arguments.length, 1, 'Request constructor');
    init = convertInit(init);
    const inputState = requests.get(input);
    const state = {
      method: 'GET', url: null, headers: null, headersObject: null, body: null, signal: null, parentSignal: null,
      referrer: 'client', referrerPolicy: '', mode: 'cors', credentials: 'same-origin', cache: 'default',
      redirect: 'follow', integrity: '', keepalive: false, duplex: 'half',
    };
    let parentSignal = null;
    if (inputState === undefined) {
      const href = toUSVString(input);
      state.url = parseURL(href);
      if (state.url.username !== '' || state.url.password !== '') {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${href}`);
      }
    } else {
      for (const key of ['method', 'url', 'referrer', 'referrerPolicy', 'mode', 'credentials', 'cache', 'redirect',
                         'integrity', 'keepalive']) {
        state[key] = inputState[key];
      }
      parentSignal = signalToFollow(inputState);
    }
    // A Request made from another with any init member forgets where the other came from.
    if (inputState !== undefined && Object.values(init).some((value) => value !== undefined)) {
      if (state.mode === 'navigate') state.mode = 'same-origin';
      state.referrer = 'client';
      state.referrerPolicy = '';
    }
    if (init.referrer !== undefined) {
      if (init.referrer === '') {
        state.referrer = 'no-referrer';
      } else {
        try {
          state.referrer = new URL(init.referrer);
        } catch (err) {
          throw new TypeError(`Referrer "${init.referrer}" is not a valid URL.`, { cause: err });
        }
        if (state.referrer.href === 'about:client') state.referrer = 'client';
      }
    }
    if (init.referrerPolicy !== undefined) state.referrerPolicy = init.referrerPolicy;
    if (init.mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
    if (init.mode !== undefined) state.mode = init.mode;
    if (init.credentials !== undefined) state.credentials = init.credentials;
    if (init.cache !== undefined) state.cache = init.cache;
    if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
      throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
    }
    if (init.redirect !== undefined) state.redirect = init.redirect;
    if (init.integrity !== undefined) state.integrity = init.integrity;
    if (init.keepalive !== undefined) state.keepalive = init.keepalive;
    if (init.method !== undefined) state.method = normalizeMethod(init.method);
    if (init.signal !== undefined) parentSignal = init.signal;
    // The Request's own signal is made when first asked for; fetch() listens to the parent.
    state.parentSignal = parentSignal;

    if (state.mode === 'no-cors' && !['GET', 'HEAD', 'POST'].includes(state.method)) {
      throw new TypeError(`'${state.method} is unsupported in no-cors mode.`);
    }
    state.headers = new HeaderList();
    state.headersObject = headersFrom(state.headers, 'request');
    if (init.headers !== undefined) fill(state.headersObject, init.headers);
    else if (inputState !== undefined) state.headers = inputState.headers.copy();
    state.headersObject = headersFrom(state.headers, 'request');

    const inputBody = inputState?.body ?? null;
    if ((init.body != null || inputBody !== null) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let body = null;
    if (init.body != null) {
      const extracted = extractBody(init.body);
      body = extracted.body;
      if (extracted.type !== null && !state.headers.has('content-type')) {
        state.headers.append('content-type', extracted.type);
      }
      if (body.source === null && state.keepalive) throw new TypeError('keepalive');
      if (body.source === null && init.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
    } else if (inputBody !== null) {
      if (isUnusable(inputBody)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      body = takeBody(inputBody);
    }
    state.body = body;
    requests.set(this, state);
  }

  get method() { return stateOf(this).method; }
  get url() { return stateOf(this).url.href; }
  get headers() { return stateOf(this).headersObject; }
  get destination() { stateOf(this); return ''; }

  get referrer() {
    const { referrer } = stateOf(this);
    if (referrer === 'no-referrer') return '';
    if (referrer === 'client') return 'about:client';
    return referrer.href;
  }

  get referrerPolicy() { return stateOf(this).referrerPolicy; }
  get mode() { return stateOf(this).mode; }
  get credentials() { return stateOf(this).credentials; }
  get cache() { return stateOf(this).cache; }
  get redirect() { return stateOf(this).redirect; }
  get integrity() { return stateOf(this).integrity; }
  get keepalive() { return stateOf(this).keepalive; }
  get isReloadNavigation() { stateOf(this); return false; }
  get isHistoryNavigation() { stateOf(this); return false; }
  get signal() {
    const state = stateOf(this);
    state.signal ??= followingSignal(state.parentSignal);
    return state.signal;
  }
  get body() { return stateOf(this).body?.stream ?? null; }
  get bodyUsed() {
    const { body } = stateOf(this);
    return body !== null && require('internal/fetch/body').isDisturbed(body.stream);
  }

  get duplex() { stateOf(this); return 'half'; }

  clone() {
    const state = stateOf(this);
    if (isUnusable(state.body)) throw new TypeError('unusable');
    const copy = Object.create(Request.prototype);
    const headers = state.headers.copy();
    requests.set(copy, {
      ...state,
      headers,
      headersObject: headersFrom(headers, 'request'),
      body: state.body === null ? null : cloneBody(state.body),
      signal: null,
      parentSignal: signalToFollow(state),
    });
    return copy;
  }

  [kInspect](depth, options) {
    const state = stateOf(this);
    return inspectAs('Request', {
      method: state.method,
      url: this.url,
      headers: state.headersObject,
      destination: '',
      referrer: this.referrer,
      referrerPolicy: state.referrerPolicy,
      mode: state.mode,
      credentials: state.credentials,
      cache: state.cache,
      redirect: state.redirect,
      integrity: state.integrity,
      keepalive: state.keepalive,
      isReloadNavigation: false,
      isHistoryNavigation: false,
      signal: this.signal,
    }, depth, options);
  }
}
mixinBody(Request, (request) => {
  const state = requests.get(request);
  return state && { body: state.body, headers: state.headers };
});
defineInterface(Request, 'Request', [
  'method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials', 'cache',
  'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal', 'body',
  'bodyUsed', 'duplex', 'clone',
]);

// Node 24's Request.prototype has this stray member (undefined, read-only, enumerable): `for...in`
// over a Request lists it there.
Object.defineProperty(Request.prototype, 'attribute', {
  value: undefined, writable: false, enumerable: true, configurable: false,
});

module.exports = { Request, isRequest, requestState: stateOf, signalToFollow };
