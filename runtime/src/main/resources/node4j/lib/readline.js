'use strict';
// node:readline: Interface (question with a callback), createInterface and the terminal helpers.

const { Interface: BaseInterface, kQuestionAbort } = require('internal/readline/interface');
const {
  clearLine, clearScreenDown, cursorTo, moveCursor, emitKeypressEvents,
} = require('internal/readline/callbacks');
const { validateAbortSignal } = require('internal/events/abort');

class Interface extends BaseInterface {
  // question(query[, options], cb): options.signal cancels it (the callback is then never called).
  question(query, options, cb) {
    cb = typeof options === 'function' ? options : cb;
    if (options !== null && typeof options === 'object') {
      const { signal } = options;
      if (signal !== undefined) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) return;
        const onAbort = () => this[kQuestionAbort]();
        signal.addEventListener('abort', onAbort, { once: true });
        const done = cb;
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          done(answer);
        };
      }
    }
    if (typeof cb === 'function') super.question(query, cb);
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises: undefined,
};
Object.defineProperty(module.exports, 'promises', {
  configurable: true, enumerable: true, get: () => require('readline/promises'),
});
