'use strict';
// The readline Interface both node:readline and readline/promises build on: lines from an input
// stream (decoded as UTF-8, ended by \n, \r\n or \r — a \r\n split across chunks within crlfDelay is
// one ending), 'line' events or the answer to a pending question, prompt and question written to the
// output, pause/resume of the input, 'close' when the input ends or close() is called, and async
// iteration over the lines.
//
// Terminal mode (line editing with cursor keys and history on a TTY) is not implemented: with
// `terminal: true` lines are read as they come, as in the non-terminal mode.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const { validateArray, validateNumber, validateString, validateUint32 } = require('internal/validators');
const { validateAbortSignal } = require('internal/events/abort');
const { kFirstEventParam } = require('internal/events/symbols');

// As in Node, U+2028 and U+2029 end a line too.
const kLineEnding = /\r?\n|\r(?!\n)|\u2028|\u2029/g;
const kMinCrlfDelay = 100;

const kState = Symbol('kState');
const kOnLine = Symbol('kOnLine');
const kQuestionCallback = Symbol('kQuestionCallback');
const kQuestionCancel = Symbol('kQuestionCancel');
const kWriteToOutput = Symbol('kWriteToOutput');
const kNormalWrite = Symbol('kNormalWrite');
const kQuestionAbort = Symbol('kQuestionAbort');
const kLineIterator = Symbol('kLineIterator');

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    let history;
    let historySize;
    let prompt = '> ';
    let crlfDelay;
    let signal;
    let tabSize;
    if (input?.input) {
      // createInterface(options)
      output = input.output;
      completer = input.completer;
      terminal = input.terminal;
      history = input.history;
      historySize = input.historySize;
      signal = input.signal;
      tabSize = input.tabSize;
      if (input.prompt !== undefined) prompt = input.prompt;
      crlfDelay = input.crlfDelay;
      input = input.input;
    }
    if (completer !== undefined && typeof completer !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('completer', completer);
    }
    if (history !== undefined) validateArray(history, 'history');
    if (historySize !== undefined) validateNumber(historySize, 'size', 0);
    if (tabSize !== undefined) validateUint32(tabSize, 'tabSize', true);
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

    this.input = input;
    this.output = output;
    this.completer = completer;
    this.terminal = !!terminal;
    this.line = '';
    this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
    this.history = history ?? [];
    this.historySize = historySize ?? 30;
    this._prompt = prompt;
    this[kState] = { buffer: '', sawReturnAt: 0, paused: false, decoder: new StringDecoder('utf8') };
    this[kQuestionCallback] = null;
    this[kQuestionCancel] = null;

    const onData = (data) => this[kNormalWrite](data);
    const onEnd = () => {
      const state = this[kState];
      // Bytes of an unfinished UTF-8 sequence at the end of the input are dropped, as Node's do.
      const rest = state.buffer;
      state.buffer = '';
      if (rest.length > 0) this[kOnLine](rest);
      this.close();
    };
    input.on('data', onData);
    input.on('end', onEnd);
    this.once('close', () => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
    });
    if (signal) {
      const onAbort = () => this.close();
      if (signal.aborted) {
        process.nextTick(onAbort);
      } else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    input.resume();
  }

  get columns() {
    return this.output?.columns ?? Infinity;
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  getPrompt() {
    return this._prompt;
  }

  prompt(preserveCursor) {
    if (this[kState].paused) this.resume();
    this[kWriteToOutput](this._prompt);
  }

  [kWriteToOutput](text) {
    validateString(text, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(text);
  }

  // Asks `query`; the next line is the answer (cb) instead of a 'line' event.
  question(query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
      return;
    }
    const old = this._prompt;
    this.setPrompt(query);
    this[kQuestionCallback] = cb;
    this.prompt();
    this.setPrompt(old);
  }

  // A pending question given up (its signal aborted): no answer, and as Node the line being typed
  // is ended on the output.
  [kQuestionAbort]() {
    if (this[kQuestionCallback] === null) return;
    this[kQuestionCallback] = null;
    this[kQuestionCancel] = null;
    this.line = '';
    this[kWriteToOutput]('\r\n');
  }

  [kOnLine](line) {
    const cb = this[kQuestionCallback];
    if (cb) {
      this[kQuestionCallback] = null;
      this[kQuestionCancel] = null;
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kNormalWrite](data) {
    const state = this[kState];
    let text = typeof data === 'string' ? data : state.decoder.write(data);
    if (text.length === 0) return;
    // The \n of a \r\n that a chunk boundary split.
    if (state.sawReturnAt !== 0 && Date.now() - state.sawReturnAt <= this.crlfDelay && text[0] === '\n' &&
        state.buffer.length === 0) {
      text = text.slice(1);
    }
    state.sawReturnAt = text.endsWith('\r') ? Date.now() : 0;
    const all = state.buffer + text;
    kLineEnding.lastIndex = 0;
    let start = 0;
    let match;
    const lines = [];
    while ((match = kLineEnding.exec(all)) !== null) {
      lines.push(all.slice(start, match.index));
      start = match.index + match[0].length;
    }
    state.buffer = all.slice(start);
    for (const line of lines) {
      if (this.closed) break;
      this[kOnLine](line);
    }
  }

  // As if typed: a line (or part of one) goes through the same path as input.
  write(data, key) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kState].paused) this.resume();
    if (data !== undefined && data !== null) this[kNormalWrite](String(data));
  }

  pause() {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    const state = this[kState];
    if (state.paused) return this;
    this.input.pause();
    state.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    const state = this[kState];
    if (!state.paused) return this;
    this.input.resume();
    state.paused = false;
    this.emit('resume');
    return this;
  }

  close() {
    if (this.closed) return;
    this.pause();
    this.closed = true;
    const cancel = this[kQuestionCancel];
    this[kQuestionCallback] = null;
    this[kQuestionCancel] = null;
    if (cancel) cancel();
    this.emit('close');
  }

  // One line iterator per interface, as Node's: a loop left with break leaves the lines it had not
  // taken for the next loop.
  [Symbol.asyncIterator]() {
    if (this[kLineIterator] === undefined) {
      const { on } = require('events');
      this[kLineIterator] = on(this, 'line', { close: ['close'], highWaterMark: 1024, [kFirstEventParam]: true });
    }
    return this[kLineIterator];
  }

  getCursorPos() {
    return { rows: 0, cols: 0 };
  }

  [Symbol.dispose]() {
    this.close();
  }
}

module.exports = { Interface, kQuestionCallback, kQuestionCancel, kQuestionAbort, kWriteToOutput };
