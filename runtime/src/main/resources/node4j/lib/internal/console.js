'use strict';
// The Console class and the global console. Every method writes one formatted chunk per call
// (util.format), indented by the current group, to its stream: stdout for log/info/debug/dir/dirxml/
// table/group headers, stderr for error/warn/trace/assert.

// util.inspect loads with the first thing printed, not when the global console is made at start-up.
const formatWithOptions = (...args) => require('internal/util/inspect').formatWithOptions(...args);
const inspect = (value, options) => require('internal/util/inspect').inspect(value, options);
const textWidth = (text) => require('internal/util/inspect').getStringWidth(text);
const {
  codes: { ERR_CONSOLE_WRITABLE_STREAM, ERR_INCOMPATIBLE_OPTION_PAIR, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInteger, validateArray, validateObject } = require('internal/validators');
const { shouldColorize } = require('internal/util/colors');

const kState = Symbol('kState');

function isWritable(stream) {
  return stream !== null && typeof stream === 'object' && typeof stream.write === 'function';
}

class Console {
  constructor(options, stderr, ignoreErrors) {
    if (!new.target) return new Console(options, stderr, ignoreErrors);
    if (!options || typeof options.write === 'function') {
      options = { stdout: options, stderr, ignoreErrors };
    }
    const {
      stdout, stderr: err = stdout, ignoreErrors: ignore = true, colorMode = 'auto', inspectOptions,
      groupIndentation = 2,
    } = options;
    if (!isWritable(stdout)) throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
    if (!isWritable(err)) throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
    if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
      throw new ERR_INVALID_ARG_VALUE('colorMode', colorMode, "must be one of: 'auto', true, false");
    }
    validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
    if (inspectOptions !== undefined) {
      validateObject(inspectOptions, 'options.inspectOptions');
      if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
        throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
      }
    }
    Object.defineProperty(this, kState, {
      value: {
        stdout, stderr: err, ignoreErrors: ignore, colorMode, inspectOptions,
        groupIndentation, indent: '', counts: new Map(), timers: new Map(),
      },
    });
    defineLegacyFields(this, this[kState]);
    Object.defineProperty(this, '_stdout', { __proto__: null, value: stdout, writable: true, configurable: true });
    Object.defineProperty(this, '_stderr', { __proto__: null, value: err, writable: true, configurable: true });
    bindMethods(this, this);
  }
}

// The underscored fields Node's consoles carry, which some packages read: the error handlers for
// each stream, the ignoreErrors flag and the map of console.time labels.
function defineLegacyFields(console, state) {
  const hidden = (value) => ({ __proto__: null, value, writable: true, configurable: true });
  Object.defineProperty(console, '_stdoutErrorHandler', hidden(makeWriteErrorHandler(state, 'stdout')));
  Object.defineProperty(console, '_stderrErrorHandler', hidden(makeWriteErrorHandler(state, 'stderr')));
  Object.defineProperty(console, '_ignoreErrors', hidden(state.ignoreErrors));
  Object.defineProperty(console, '_times', hidden(state.timers));
}

// A stream error seen while writing: ignored when the console ignores errors (after the stream's
// own 'error' listeners had it), else thrown.
function makeWriteErrorHandler(state, name) {
  return function handleWriteError(err) {
    if (err === null || err === undefined || state.ignoreErrors) return;
    const stream = state[name];
    if (stream.listenerCount?.('error') > 0) return;
    throw err;
  };
}

function write(console, useStderr, text) {
  const state = console[kState];
  if (state.indent.length > 0) {
    text = text.includes('\n') ? text.replace(/\n/g, `\n${state.indent}`) : text;
    text = state.indent + text;
  }
  const stream = useStderr ? state.stderr : state.stdout;
  if (!state.ignoreErrors) {
    stream.write(`${text}\n`);
    return;
  }
  // Errors of the stream are ignored for the duration of the write, as in Node; so is anything the
  // stream throws (a stream without listenerCount() gets nothing written).
  try {
    if (stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(`${text}\n`, ignoreWriteError);
  } catch (err) {
    if (isStackOverflow(err)) throw err;
  } finally {
    stream.removeListener('error', noop);
  }
}

function noop() {}

function ignoreWriteError() {}

function isStackOverflow(err) {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

const kColors = Object.freeze({ colors: true });
const kNoColors = Object.freeze({});

// diagnostics_channel's console.log/info/debug/warn/error channels, set when that module loads
// (nobody can subscribe before): each call publishes its arguments, which formatting then prefixes
// with the inspect options unless they are a single string, as Node's console does.
let channels = null;
function setChannels(byMethod) {
  channels = byMethod;
}

function publish(console, method, args, useStderr) {
  const channel = channels?.[method];
  if (channel === undefined || !channel.hasSubscribers) return args;
  channel.publish(args);
  if (!(args.length === 1 && typeof args[0] === 'string')) {
    args.unshift(inspectOptionsFor(console, useStderr));
    return args.slice(1);
  }
  return args;
}

// The inspect options for output to one of the console's streams: with colorMode 'auto' (the
// default, and the global console's), colours when that stream is a terminal that shows them. The
// program's inspectOptions take the first answer as their `colors` when they have none, as in Node.
function inspectOptionsFor(console, useStderr) {
  const state = console[kState];
  let colors = state.colorMode;
  if (colors === 'auto') colors = shouldColorize(useStderr ? state.stderr : state.stdout);
  const options = state.inspectOptions;
  if (options !== undefined) {
    if (options.colors === undefined) options.colors = colors;
    return options;
  }
  return colors ? kColors : kNoColors;
}

function format(console, args, useStderr = false) {
  return formatWithOptions(inspectOptionsFor(console, useStderr), ...args);
}

// Renders a value for a console.table cell: one line; objects of more than two keys as [Object],
// other objects and arrays one level deep.
function cell(console, value) {
  const depth = value !== null && typeof value === 'object' && !Array.isArray(value) &&
    Object.keys(value).length > 2 ? -1 : 0;
  return inspect(value, { depth, maxArrayLength: 3, breakLength: Infinity, ...inspectOptionsFor(console, false) });
}

// Columns as wide as their widest cell plus a space each side; cells left-aligned.
function renderTable(head, columns) {
  const rows = columns[0].length;
  const widths = head.map((h, i) => Math.max(textWidth(h), ...columns[i].map(textWidth)) + 2);
  const line = (l, m, r) => l + widths.map((w) => '─'.repeat(w)).join(m) + r;
  const row = (cells) => `│${cells.map((c, i) => ` ${c}${' '.repeat(widths[i] - textWidth(c) - 1)}`).join('│')}│`;
  const out = [line('┌', '┬', '┐'), row(head), line('├', '┼', '┤')];
  for (let r = 0; r < rows; r++) out.push(row(columns.map((col) => col[r])));
  out.push(line('└', '┴', '┘'));
  return out.join('\n');
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms -= hours * 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms -= minutes * 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [s, frac] = seconds.toFixed(3).split('.');
    const parts = hours !== 0 ? [hours, String(minutes).padStart(2, '0')] : [minutes];
    return `${parts.join(':')}:${s.padStart(2, '0')}.${frac} (${hours !== 0 ? 'h:mm' : 'm'}:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

const methods = {
  log(...args) {
    write(this, false, format(this, publish(this, 'log', args, false)));
  },
  info(...args) {
    write(this, false, format(this, publish(this, 'info', args, false)));
  },
  debug(...args) {
    write(this, false, format(this, publish(this, 'debug', args, false)));
  },
  warn(...args) {
    write(this, true, format(this, publish(this, 'warn', args, true), true));
  },
  error(...args) {
    write(this, true, format(this, publish(this, 'error', args, true), true));
  },
  dir(object, options) {
    write(this, false, inspect(object, { customInspect: false, ...inspectOptionsFor(this, false), ...options }));
  },
  time(label = 'default') {
    label = `${label}`;
    const timers = this[kState].timers;
    if (timers.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    timers.set(label, process.hrtime.bigint());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (logTime(this, label, 'console.timeEnd()', [])) this[kState].timers.delete(label);
  },
  timeLog(label = 'default', ...data) {
    logTime(this, `${label}`, 'console.timeLog()', data);
  },
  trace(...args) {
    const err = { name: 'Trace', message: format(this, args, true) };
    Error.captureStackTrace(err, methods.trace);
    write(this, true, err.stack);
  },
  assert(expression, ...args) {
    if (expression) return;
    if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
    else args.unshift('Assertion failed');
    methods.warn.apply(this, args);
  },
  clear() {
    // Only a terminal can be cleared: the cursor goes home and the screen below it is erased.
    const stdout = this[kState].stdout;
    if (stdout.isTTY && process.env.TERM !== 'dumb') {
      const { cursorTo, clearScreenDown } = require('internal/readline/callbacks');
      cursorTo(stdout, 0, 0);
      clearScreenDown(stdout);
    }
  },
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kState].counts;
    const n = (counts.get(label) ?? 0) + 1;
    counts.set(label, n);
    methods.log.call(this, `${label}: ${n}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    const counts = this[kState].counts;
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  },
  group(...data) {
    if (data.length > 0) methods.log.apply(this, data);
    const state = this[kState];
    state.indent += ' '.repeat(state.groupIndentation);
  },
  groupEnd() {
    const state = this[kState];
    state.indent = state.indent.slice(0, Math.max(0, state.indent.length - state.groupIndentation));
  },
  table(data, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (data === null || typeof data !== 'object') return methods.log.call(this, data);
    const isMap = data instanceof Map;
    const isSet = data instanceof Set;
    const indexHead = isMap || isSet ? '(iteration index)' : '(index)';
    const keys = [];
    const valueCol = [];
    const columns = new Map();
    let rowCount = 0;
    let hasValues = false;
    const extraHead = isMap ? 'Key' : null;
    const extra = [];
    const entries = isMap ? [...data.entries()] : isSet ? [...data.values()].map((v) => [undefined, v])
      : Object.keys(data).map((k) => [k, data[k]]);
    entries.forEach(([key, value], i) => {
      keys.push(isMap || isSet ? cell(this, i) : key);
      if (isMap) extra.push(cell(this, key));
      const primitive = value === null || (typeof value !== 'object' && typeof value !== 'function');
      if (primitive || isSet || isMap) {
        valueCol[i] = cell(this, value);
        hasValues = true;
      } else {
        const props = properties ?? Object.keys(value);
        for (const p of props) {
          if (!columns.has(p)) columns.set(p, []);
          if (Object.hasOwn(value, p)) columns.get(p)[i] = cell(this, value[p]);
        }
      }
      rowCount++;
    });
    if (properties !== undefined) {
      for (const p of properties) if (!columns.has(p)) columns.set(p, []);
    }
    const head = [indexHead];
    const cols = [keys];
    if (extraHead) {
      head.push(extraHead);
      cols.push(extra);
    }
    for (const [name, col] of columns) {
      head.push(name);
      cols.push(Array.from({ length: rowCount }, (_, i) => col[i] ?? ''));
    }
    if (hasValues) {
      head.push('Values');
      cols.push(Array.from({ length: rowCount }, (_, i) => valueCol[i] ?? ''));
    }
    methods.log.call(this, renderTable(head, cols));
  },
  dirxml(...data) { methods.log.apply(this, data); },
  groupCollapsed(...data) { methods.group.apply(this, data); },
};

function logTime(console, label, method, data) {
  const start = console[kState].timers.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for ${method}`);
    return false;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  methods.log.call(console, '%s: %s', label, formatTime(ms), ...data);
  return true;
}

for (const [name, fn] of Object.entries(methods)) {
  Object.defineProperty(Console.prototype, name, {
    value: fn, writable: true, configurable: true, enumerable: true,
  });
}
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) { return instance !== null && typeof instance === 'object' && kState in instance; },
});

// Own, bound copies of every method, so `const { log } = console` works as in Node.
function bindMethods(target, self) {
  for (const [name, fn] of Object.entries(methods)) {
    Object.defineProperty(target, name, {
      value: fn.bind(self), writable: true, configurable: true, enumerable: true,
    });
    Object.defineProperty(target[name], 'name', { value: name });
  }
}

// The global console: the keys Node's has, in its order.
function createGlobalConsole() {
  const console = {};
  Object.defineProperty(console, kState, {
    value: {
      get stdout() { return process.stdout; },
      get stderr() { return process.stderr; },
      ignoreErrors: true, colorMode: 'auto', inspectOptions: undefined, groupIndentation: 2, indent: '', counts: new Map(),
      timers: new Map(),
    },
  });
  defineLegacyFields(console, console[kState]);
  for (const name of ['stdout', 'stderr']) {
    Object.defineProperty(console, `_${name}`, {
      __proto__: null, configurable: true,
      get() { return process[name]; },
      set(value) { Object.defineProperty(console, `_${name}`, { __proto__: null, value, writable: true, configurable: true }); },
    });
  }
  const order = ['log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog',
                 'trace', 'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table',
                 'dirxml', 'groupCollapsed'];
  for (const name of order) {
    Object.defineProperty(console, name, {
      value: methods[name].bind(console), writable: true, configurable: true, enumerable: true,
    });
    Object.defineProperty(console[name], 'name', { value: name });
  }
  Object.defineProperty(console, 'Console', { value: Console, writable: true, configurable: true,
                                              enumerable: true });
  for (const name of ['profile', 'profileEnd', 'timeStamp']) {
    Object.defineProperty(console, name, { value: function() {}, writable: true, configurable: true,
                                           enumerable: true });
  }
  Object.defineProperty(console, 'context', {
    value: function context() { return createGlobalConsole(); }, writable: true, configurable: true,
    enumerable: true,
  });
  Object.defineProperty(console, 'createTask', {
    value: function createTask() { return { run: (fn) => fn() }; }, writable: true,
    configurable: true, enumerable: true,
  });
  Object.defineProperty(console, Symbol.toStringTag, { value: 'console', configurable: true });
  return console;
}

module.exports = { Console, createGlobalConsole, setChannels };
