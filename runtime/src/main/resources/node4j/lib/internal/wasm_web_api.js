'use strict';
// WebAssembly.compileStreaming and instantiateStreaming, which Node (not V8) provides: a fetch
// Response (or a promise of one) whose body is compiled once it has arrived. The checks and their
// order are Node's: a Response, the application/wasm type, an ok status, an unused body.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_WEBASSEMBLY_RESPONSE },
} = require('internal/errors');

async function responseBytes(source) {
  const response = await source;
  const { Response } = require('internal/fetch/index');
  if (!(response instanceof Response)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Response', 'Promise resolving to Response'], response);
  }
  const type = response.headers.get('Content-Type');
  if (type !== 'application/wasm') throw new ERR_WEBASSEMBLY_RESPONSE(`has unsupported MIME type '${type}'`);
  if (!response.ok) throw new ERR_WEBASSEMBLY_RESPONSE(`has status code ${response.status}`);
  if (response.bodyUsed) throw new ERR_WEBASSEMBLY_RESPONSE('body has already been used');
  return response.arrayBuffer();
}

// The engine's own compile and instantiate, taken before any program could replace them.
function install(WebAssembly) {
  const { compile, instantiate } = WebAssembly;
  const compileBytes = (bytes) => Reflect.apply(compile, WebAssembly, [bytes]);
  // Plain functions returning promises, as Node's are (inspect shows [Function], not [AsyncFunction]).
  const streaming = {
    compileStreaming(source) {
      return responseBytes(source).then(compileBytes);
    },
    instantiateStreaming(source, importObject = undefined) {
      return responseBytes(source).then(compileBytes).then(async (module) => {
        const instance = await Reflect.apply(instantiate, WebAssembly, [module, importObject]);
        return { module, instance };
      });
    },
  };
  for (const name of ['compileStreaming', 'instantiateStreaming']) {
    Object.defineProperty(WebAssembly, name, {
      __proto__: null, value: streaming[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

module.exports = { install };
