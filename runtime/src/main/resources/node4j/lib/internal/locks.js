'use strict';
// worker_threads.locks: the Web Locks API (LockManager, Lock) over the process-wide registry of the
// locks binding, so threads coordinate through it. A lock is held while its callback's promise is
// pending, then released.

const binding = internalBinding('locks');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kConstruct = Symbol('kConstruct');
const waiting = new Map(); // request id -> start(granted)

binding.setup((id) => {
  const start = waiting.get(id);
  waiting.delete(id);
  if (start !== undefined) start();
});

class Lock {
  #name;
  #mode;

  constructor(token, name, mode) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#mode = mode;
  }

  get name() { return this.#name; }
  get mode() { return this.#mode; }
}
Object.defineProperty(Lock.prototype, Symbol.toStringTag, { value: 'Lock', configurable: true });

// Node's WebIDL enum check: a TypeError with the code ERR_INVALID_ARG_VALUE and its own message.
function invalidEnumValue(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

function notSupported(message) {
  return new DOMException(message, 'NotSupportedError');
}

class LockManager {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async request(name, options, callback) {
    if (callback === undefined) {
      callback = options;
      options = undefined;
    }
    validateFunction(callback, 'callback');
    name = `${name}`;
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { mode = 'exclusive', ifAvailable = false, steal = false, signal } = options ?? {};
    if (mode !== 'exclusive' && mode !== 'shared') {
      throw invalidEnumValue(`mode '${mode}' is not a valid enum value of type LockMode.`);
    }
    if (name.startsWith('-')) throw notSupported('Lock name may not start with hyphen');
    if (steal && ifAvailable) throw notSupported('ifAvailable and steal are mutually exclusive');
    if (steal && mode !== 'exclusive') throw notSupported('mode must be "exclusive" to steal');
    if (signal !== undefined && (steal || ifAvailable)) {
      throw notSupported(`signal cannot be used with ${steal ? 'steal' : 'ifAvailable'}`);
    }
    if (signal?.aborted) throw signal.reason;

    const id = binding.request(name, mode === 'shared', ifAvailable === true, steal === true);
    const run = async (lockId) => {
      try {
        return await callback(new Lock(kConstruct, name, mode));
      } finally {
        binding.release(lockId);
      }
    };
    if (id === 0) return callback(null);
    if (id > 0) return run(id);
    const pendingId = -id;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        if (waiting.delete(pendingId)) {
          binding.release(pendingId);
          reject(signal.reason);
        }
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      waiting.set(pendingId, () => {
        signal?.removeEventListener('abort', onAbort);
        run(pendingId).then(resolve, reject);
      });
    });
  }

  async query() {
    const flat = binding.query();
    const held = [];
    const pending = [];
    let list = held;
    for (let i = 0; i < flat.length;) {
      if (flat[i] === null) {
        list = pending;
        i++;
        continue;
      }
      list.push({ name: flat[i], mode: flat[i + 1], clientId: flat[i + 2] });
      i += 3;
    }
    return { held, pending };
  }
}
Object.defineProperty(LockManager.prototype, Symbol.toStringTag, { value: 'LockManager', configurable: true });

module.exports = { locks: new LockManager(kConstruct), Lock, LockManager };
