'use strict';
// process.binding(name) (deprecated, DEP0111): the few of Node's internal bindings that packages
// still read, rebuilt from public APIs — 'constants', 'uv', 'natives', 'util' and 'config'. Node
// allows more names (fs, tcp_wrap, ...) whose objects are its C++ internals; node4j has no such
// objects, so those fail as an unknown name does.

const builders = {
  __proto__: null,
  constants() {
    return {
      os: require('os').constants,
      fs: require('fs').constants,
      crypto: require('crypto').constants,
      zlib: require('zlib').constants,
    };
  },
  uv() {
    const util = require('util');
    const uv = {
      errname(err) { return util.getSystemErrorName(err); },
      getErrorMap() { return util.getSystemErrorMap(); },
      getErrorMessage(err) { return util.getSystemErrorMessage(err); },
    };
    for (const [errno, [name]] of util.getSystemErrorMap()) uv[`UV_${name}`] = errno;
    return uv;
  },
  natives() {
    const builtins = internalBinding('builtins');
    const natives = {};
    for (const id of require('internal/modules/cjs/loader').Module.builtinModules) {
      const text = builtins.source(id);
      if (text !== null) natives[id] = text;
    }
    return natives;
  },
  util() {
    const types = require('util').types;
    const util = {};
    for (const name of ['isArrayBuffer', 'isAsyncFunction', 'isDate', 'isExternal', 'isMap', 'isMapIterator',
                        'isNativeError', 'isPromise', 'isRegExp', 'isSet', 'isSetIterator', 'isAnyArrayBuffer',
                        'isArrayBufferView', 'isDataView', 'isTypedArray', 'isUint8Array']) {
      util[name] = types[name];
    }
    return util;
  },
  config() {
    return {
      isDebugBuild: false, openSSLIsBoringSSL: false, hasOpenSSL: true, fipsMode: false, hasIntl: true,
      hasTracing: false, hasNodeOptions: true, hasInspector: false, noBrowserGlobals: false, bits: 64,
      getDefaultLocale() { return Intl.DateTimeFormat().resolvedOptions().locale; },
    };
  },
};

const made = new Map();
function binding(name) {
  const key = `${name}`;
  const build = builders[key];
  if (build === undefined) throw new Error(`No such module: ${key}`);
  if (!made.has(key)) made.set(key, build());
  return made.get(key);
}

module.exports = { binding };
