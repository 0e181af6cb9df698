'use strict';
// Terminal control for readline: clearLine, clearScreenDown, cursorTo and moveCursor write ANSI
// escape sequences to a stream (and return its write()'s result; with no stream, true after calling
// back); emitKeypressEvents turns a stream's input into 'keypress' events.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

const CSI = '\x1b[';

function writeOrCall(stream, data, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined || data === '') {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  const type = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return writeOrCall(stream, type, callback);
}

function clearScreenDown(stream, callback) {
  return writeOrCall(stream, `${CSI}0J`, callback);
}

function cursorToSequence(x, y) {
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (typeof y === 'function') y = undefined;
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  return typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (stream === null || stream === undefined) {
    return writeOrCall(stream, '', callback);
  }
  if (typeof x !== 'number' && typeof y !== 'number') {
    return writeOrCall(stream, '', callback);
  }
  return writeOrCall(stream, cursorToSequence(x, y), callback);
}

function moveSequence(dx, dy) {
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return data;
}

function moveCursor(stream, dx, dy, callback) {
  return writeOrCall(stream, stream === null || stream === undefined ? '' : moveSequence(dx, dy), callback);
}

// ---- keypress events

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeNames = {
  __proto__: null,
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[H': 'home', '[F': 'end',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OH': 'home', 'OF': 'end',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4', '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8',
  '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12', '[Z': 'tab',
};

function keyOf(ch) {
  const key = { sequence: ch, name: undefined, ctrl: false, meta: false, shift: false };
  if (ch === '\r') key.name = 'return';
  else if (ch === '\n') key.name = 'enter';
  else if (ch === '\t') key.name = 'tab';
  else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
  else if (ch === '\x1b') key.name = 'escape';
  else if (ch === ' ') key.name = 'space';
  else if (ch.length === 1 && ch <= '\x1a') {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
    key.ctrl = true;
  } else if (/^[0-9]$/.test(ch)) key.name = ch;
  else if (/^[a-z]$/.test(ch)) key.name = ch;
  else if (/^[A-Z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = true;
  }
  return key;
}

function emitKeys(stream, text) {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\x1b' && i + 1 < text.length && (text[i + 1] === '[' || text[i + 1] === 'O')) {
      let j = i + 2;
      while (j < text.length && /[0-9;]/.test(text[j])) j++;
      const seq = text.slice(i + 1, j + 1);
      const name = kEscapeNames[seq];
      const key = { sequence: `\x1b${seq}`, name, ctrl: false, meta: false, shift: seq === '[Z', code: seq };
      stream.emit('keypress', undefined, key);
      i = j;
      continue;
    }
    if (ch === '\x1b' && i + 1 < text.length) {
      const key = keyOf(text[i + 1]);
      key.meta = true;
      key.sequence = `\x1b${text[i + 1]}`;
      stream.emit('keypress', undefined, key);
      i++;
      continue;
    }
    const key = keyOf(ch);
    stream.emit('keypress', ch.length === 1 && key.name !== 'escape' ? ch : undefined, key);
  }
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  const { StringDecoder } = require('string_decoder');
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  const onData = (data) => {
    if (stream.listenerCount('keypress') > 0) {
      emitKeys(stream, typeof data === 'string' ? data : stream[kKeypressDecoder].write(data));
    } else {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  };
  const onNewListener = (event) => {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  };
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = {
  clearLine, clearScreenDown, cursorTo, moveCursor, emitKeypressEvents, cursorToSequence, moveSequence,
};
