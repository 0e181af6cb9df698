'use strict';
// node:readline/promises: Interface whose question() returns a promise, and Readline, which queues
// terminal control sequences until commit().

const { Interface: BaseInterface, kQuestionCancel, kQuestionAbort } = require('internal/readline/interface');
const { cursorToSequence, moveSequence } = require('internal/readline/callbacks');
const {
  AbortError, codes: { ERR_USE_AFTER_CLOSE, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateBoolean, validateInteger } = require('internal/validators');
const { validateAbortSignal } = require('internal/events/abort');

class Interface extends BaseInterface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      // As in Node, a signal (any truthy value) is checked and listened to before whether the
      // interface is closed.
      const signal = options?.signal || undefined;
      let onAbort;
      if (signal !== undefined) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        onAbort = () => {
          this[kQuestionAbort]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
      if (this.closed) {
        signal?.removeEventListener('abort', onAbort);
        reject(new ERR_USE_AFTER_CLOSE('readline'));
        return;
      }
      super.question(query, (answer) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(answer);
      });
      this[kQuestionCancel] = () => {
        signal?.removeEventListener('abort', onAbort);
        reject(new AbortError('The operation was aborted', { cause: undefined }));
      };
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

const kStream = Symbol('kStream');
const kTodo = Symbol('kTodo');
const kAutoCommit = Symbol('kAutoCommit');

class Readline {
  constructor(stream, options = undefined) {
    if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    }
    this[kStream] = stream;
    this[kTodo] = [];
    this[kAutoCommit] = false;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this[kAutoCommit] = options.autoCommit;
    }
  }

  #queue(data) {
    // Auto-committed sequences are written on the next tick, as Node's.
    if (this[kAutoCommit]) process.nextTick(() => this[kStream].write(data));
    else this[kTodo].push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    return this.#queue(cursorToSequence(x, y));
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#queue(moveSequence(dx, dy));
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this.#queue(dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K');
  }

  clearScreenDown() {
    return this.#queue('\x1b[0J');
  }

  commit() {
    return new Promise((resolve) => {
      this[kStream].write(this[kTodo].join(''), resolve);
      this[kTodo] = [];
    });
  }

  rollback() {
    this[kTodo] = [];
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
