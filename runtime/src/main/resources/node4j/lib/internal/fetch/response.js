'use strict';
// Response (WHATWG fetch): a status, headers and a body; the type ('default' when made by user
// code, 'basic' when fetched, 'error') and the list of URLs a fetch went through.

const { URL } = require('internal/url');
const { HeaderList, headersFrom, fill, setGuard } = require('internal/fetch/headers');
const { extractBody, cloneBody, isUnusable, isDisturbed, mixinBody, bodyOfBytes } = require('internal/fetch/body');
const {
  kInspect, argumentCount, illegalInvocation, toByteString, dictionary, unsignedShort, inspectAs, defineInterface,
} = require('internal/fetch/webidl');

const responses = new WeakMap();

const NULL_BODY_STATUSES = [101, 103, 204, 205, 304];
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

function stateOf(response) {
  const state = responses.get(response);
  if (state === undefined) throw illegalInvocation();
  return state;
}

// A Response object over a state (fetch's responses, Response.error/redirect, clone()).
function makeResponse(state) {
  const response = Object.create(Response.prototype);
  state.headersObject = headersFrom(state.headers, state.guard);
  responses.set(response, state);
  return response;
}

function newState() {
  return {
    type: 'default', urlList: [], status: 200, statusText: '', headers: new HeaderList(), guard: 'response',
    headersObject: null, body: null,
  };
}

// The standard's "initialize a response": status, statusText, headers, then the body.
function initialize(state, init, extracted) {
  init = dictionary(init);
  const headersInit = init.headers;
  const status = init.status === undefined ? 200 : unsignedShort(init.status);
  const statusText = init.statusText === undefined ? '' : toByteString(init.statusText);
  if (status < 200 || status > 599) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  if (!/^[\t\x20-\x7e\x80-\xff]*$/.test(statusText)) throw new TypeError('Invalid statusText');
  state.status = status;
  state.statusText = statusText;
  if (headersInit !== undefined) fill(headersFrom(state.headers, 'response'), headersInit);
  if (extracted !== null) {
    if (NULL_BODY_STATUSES.includes(status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${status}`);
    }
    state.body = extracted.body;
    if (extracted.type !== null && !state.headers.has('content-type')) {
      state.headers.append('content-type', extracted.type);
    }
  }
}

class Response {
  constructor(body = null, init = undefined) {
    const state = newState();
    dictionary(init);
    initialize(state, init, body === null ? null : extractBody(body));
    state.headersObject = headersFrom(state.headers, 'response');
    responses.set(this, state);
  }

  static error() {
    const state = newState();
    state.type = 'error';
    state.status = 0;
    state.guard = 'immutable';
    return makeResponse(state);
  }

  static json(data, init = undefined) {
    argumentCount(arguments.length, 1, 'Response.json');
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const state = newState();
    initialize(state, init, { body: bodyOfBytes(new TextEncoder().encode(text)), type: 'application/json' });
    return makeResponse(state);
  }

  static redirect(url, status = 302) {
    argumentCount(arguments.length, 1, 'Response.redirect');
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (err) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause: err });
    }
    status = unsignedShort(status);
    if (!REDIRECT_STATUSES.includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const state = newState();
    state.status = status;
    state.guard = 'immutable';
    state.headers.append('location', parsed.href);
    return makeResponse(state);
  }

  get type() { return stateOf(this).type; }

  get url() {
    const { urlList } = stateOf(this);
    if (urlList.length === 0) return '';
    const url = urlList[urlList.length - 1];
    return url.hash === '' ? url.href : url.href.slice(0, -url.hash.length);
  }

  get redirected() { return stateOf(this).urlList.length > 1; }
  get status() { return stateOf(this).status; }
  get ok() {
    const { status } = stateOf(this);
    return status >= 200 && status <= 299;
  }

  get statusText() { return stateOf(this).statusText; }
  get headers() { return stateOf(this).headersObject; }
  get body() { return stateOf(this).body?.stream ?? null; }
  get bodyUsed() {
    const { body } = stateOf(this);
    return body !== null && isDisturbed(body.stream);
  }

  clone() {
    const state = stateOf(this);
    if (isUnusable(state.body)) throw new TypeError('Response.clone: Body has already been consumed.');
    return makeResponse({
      ...state,
      urlList: [...state.urlList],
      headers: state.headers.copy(),
      body: state.body === null ? null : cloneBody(state.body),
    });
  }

  [kInspect](depth, options) {
    const state = stateOf(this);
    return inspectAs('Response', {
      status: state.status,
      statusText: state.statusText,
      headers: state.headersObject,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: state.type,
      url: this.url,
    }, depth, options);
  }
}
mixinBody(Response, (response) => {
  const state = responses.get(response);
  return state && { body: state.body, headers: state.headers };
});
defineInterface(Response, 'Response', [
  'type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'body', 'bodyUsed', 'clone',
]);
for (const name of ['error', 'json', 'redirect']) Object.defineProperty(Response, name, { enumerable: true });

// A fetched Response: type 'basic', immutable headers.
function fetchedResponse(urlList, status, statusText, headers, body) {
  const state = newState();
  state.type = 'basic';
  state.urlList = urlList;
  state.status = status;
  state.statusText = statusText;
  state.headers = headers;
  state.guard = 'immutable';
  state.body = body;
  return makeResponse(state);
}

module.exports = { Response, fetchedResponse, setGuard };
