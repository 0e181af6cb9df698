'use strict';
// Uncaught exceptions: 'uncaughtExceptionMonitor' and 'uncaughtException' listeners, or Node's fatal
// report on stderr and exit status 1 (7 when an 'uncaughtException' listener itself threw).

const processBinding = internalBinding('process');
const modules = internalBinding('modules');

// where: the throw site from the bridge ({ file, line, column, sourceLine }) or null.
// Errors already thrown to JS that the engine throws once more when the current call returns: a
// module evaluation's error, which require() of an ES module throws, is rethrown by the engine from
// the rejected evaluation (it is the same error object; one of the two is dropped).
const thrownTwice = new WeakSet();
function willBeThrownAgain(err) {
  if (err !== null && (typeof err === 'object' || typeof err === 'function')) thrownTwice.add(err);
}

// process.setUncaughtExceptionCaptureCallback's function, or null.
// Called as a method, as Node calls it: its frame reads `Object.captureFn`.
const captureState = { captureFn: null };
function setCaptureCallback(fn) {
  const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET } } = require('internal/errors');
  if (fn === null) {
    captureState.captureFn = null;
    return;
  }
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  if (captureState.captureFn !== null) throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  captureState.captureFn = fn;
}
function hasCaptureCallback() {
  return captureState.captureFn !== null;
}

function triggerUncaughtException(err, where, listenerThrew = false, fromPromise = false) {
  if (!listenerThrew && !fromPromise && err !== null && typeof err === 'object' && thrownTwice.has(err)) {
    thrownTwice.delete(err);
    return;
  }
  if (!listenerThrew) {
    const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
    // The listeners run in the async context the exception was thrown in.
    const { AsyncContextFrame, takeThrowFrame } = require('internal/async_context_frame');
    const at = fromPromise ? null : takeThrowFrame();
    const prior = at === null ? undefined : AsyncContextFrame.exchange(at.frame);
    process.emit('uncaughtExceptionMonitor', err, type);
    if (captureState.captureFn !== null) {
      // process.setUncaughtExceptionCaptureCallback: the callback instead of the listeners.
      captureState.captureFn(err);
      if (at !== null) AsyncContextFrame.set(prior);
      require('internal/async_hooks').clearAsyncIdStack();
      return;
    }
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err, type);
      if (at !== null) AsyncContextFrame.set(prior);
      // Handled: the executions the exception cut short are over.
      require('internal/async_hooks').clearAsyncIdStack();
      return;
    }
  }
  const status = listenerThrew ? 7 : 1;
  if (!internalBinding('worker').isMainThread) {
    // A worker's uncaught exception is its parent's 'error' event, not a report on stderr.
    reportToParent(err);
    process.exitCode = status;
    process._exiting = true;
    try {
      process.emit('exit', status);
    } finally {
      processBinding.reallyExit(status);
    }
    return;
  }
  // As Node: 'exit' listeners run first (what they throw is ignored), then the report is printed;
  // not when an 'uncaughtException' listener or the capture callback threw (status 7).
  process.exitCode = status;
  if (!process._exiting && !listenerThrew) {
    process._exiting = true;
    try {
      process.emit('exit', status);
    } catch {
      // the report below is what the user sees
    }
  }
  const text = fatalReport(err, where, fromPromise);
  const versionLine = text.lastIndexOf('\nNode.js ');
  processBinding.writeString(2, text.slice(0, versionLine));
  // process.report.reportOnUncaughtException: the diagnostic report comes before Node's version line.
  require('internal/process/report').onUncaughtException(err);
  processBinding.writeString(2, text.slice(versionLine));
  processBinding.reallyExit(status);
}

// Node sends a worker's uncaught error to the parent with all its own properties (code, errno, cause...)
// and its built-in class, not only what structured clone keeps; internal/worker rebuilds it.
function reportToParent(err) {
  const { serialize } = require('internal/worker/clone');
  let payload;
  if (err !== null && typeof err === 'object' && err instanceof Error) {
    let ctor = 'Error';
    for (let proto = Object.getPrototypeOf(err); proto !== null; proto = Object.getPrototypeOf(proto)) {
      const name = Object.hasOwn(proto, 'constructor') ? proto.constructor?.name : undefined;
      if (typeof name === 'string' && /^(?:Eval|Range|Reference|Syntax|Type|URI|)Error$/.test(name)) {
        ctor = name;
        break;
      }
    }
    const props = [];
    for (const key of Object.getOwnPropertyNames(err)) {
      let value;
      try { value = err[key]; } catch { continue; }
      const d = Object.getOwnPropertyDescriptor(err, key);
      props.push([key, value, d.enumerable === true]);
    }
    payload = { error: true, ctor, props };
  } else {
    payload = { error: false, value: err };
  }
  let message;
  try {
    message = serialize(payload, []);
  } catch {
    message = serialize({ error: false, value: String(err) }, []);
  }
  internalBinding('worker').reportError(message.data, message.objects);
}

function fatalReport(err, where, fromPromise) {
  const { inspect } = require('internal/util/format');
  const isError = err !== null && typeof err === 'object' && typeof err.stack === 'string';
  if (fromPromise && isError) where = siteFromStack(err.stack);
  let header = '';
  if (where && where.file && !where.file.startsWith('node:')) {
    // V8 points at the throw statement; the engine reports where the error was made. On a line
    // with a throw before that point, point at the throw as Node does.
    let column = Math.max(0, where.column - 1);
    const throwAt = where.sourceLine.lastIndexOf('throw', column);
    if (throwAt !== -1 && /^throw\b/.test(where.sourceLine.slice(throwAt)) && where.atThrow !== false) {
      column = throwAt;
    }
    header = `${where.file}:${where.line}\n${where.sourceLine}\n${' '.repeat(column)}^\n`;
    // With source maps on, the original line when the map knows it (Node's report does the same).
    if (require('internal/modules/cjs/loader').sourceMapsEnabled()) {
      header = require('internal/source_maps').errorSource(where.file, where.line, column) ?? header;
    }
  }
  const site = isError ? throwSites.get(err) : undefined;
  if (site !== undefined) header = site;
  const unhandled = isError ? require('internal/events/symbols').unhandledErrorSites.get(err) : undefined;
  if (unhandled !== undefined) {
    // Thrown by emit('error') with no listener: Node's report points at its own throw statement and
    // tells where the event was emitted.
    header = `node:events:505\n    throw er; // Unhandled 'error' event\n    ^\n`;
    if (unhandled.stack !== null) return `${header}\n${inspectWithEmitSite(err, unhandled)}\n\nNode.js ${process.version}\n`;
  }
  if (!isError) {
    // As V8 reports it: an object inspected; a primitive as its string (a symbol as nothing), with
    // the hint about --trace-uncaught.
    if (err !== null && (typeof err === 'object' || typeof err === 'function')) {
      return `\n${header}${inspect(err)}\n\nNode.js ${process.version}\n`;
    }
    const text = typeof err === 'symbol' ? '' : String(err);
    return `\n${header}${text}\n(Use \`node --trace-uncaught ...\` to show where the ` +
           `exception was thrown)\n\nNode.js ${process.version}\n`;
  }
  return `${header}${header ? '\n' : ''}${inspect(err)}\n\nNode.js ${process.version}\n`;
}

// Errors that lib/ throws from a place Node's report names by its own source line: err -> the header
// ("node:internal/...:N", the line, the caret) the fatal report shows for it.
const throwSites = new WeakMap();
function setThrowSite(err, header) {
  throwSites.set(err, header);
}

// The error as inspect shows it, its stack followed by the frames where emit('error') was called.
function inspectWithEmitSite(err, { emitter, stack }) {
  const { inspect } = require('internal/util/format');
  const frames = stack.split('\n').slice(1).join('\n');
  const own = Object.getOwnPropertyDescriptor(err, 'stack');
  try {
    Object.defineProperty(err, 'stack', {
      value: `${err.stack}\nEmitted 'error' event${emitter ? ` on ${emitter} instance` : ''} at:\n${frames}`,
      writable: true, enumerable: false, configurable: true,
    });
    return inspect(err);
  } catch {
    return inspect(err);
  } finally {
    if (own !== undefined) Object.defineProperty(err, 'stack', own);
  }
}

// The first frame of a stack that names a user file (a path, or an ES module's file: URL): where a
// rejected Error was made.
function siteFromStack(stack) {
  const m = /\n\s+at (?:.*?\()?(\/[^():]+|file:\/\/\/[^():]+):(\d+):(\d+)\)?/.exec(stack);
  if (!m) return null;
  let file = m[1];
  if (file.startsWith('file:')) {
    try {
      file = require('internal/url').fileURLToPath(file.replace(/[?#].*$/s, ''));
    } catch {
      return null;
    }
  }
  const text = require('internal/modules/esm/loader').evalSource(file) ?? modules.readFile(file);
  if (text === null) return null;
  const line = Number(m[2]);
  // A rejection's caret stays where the error was made (a throw before it on the line is not it).
  return { file: m[1], line, column: Number(m[3]), sourceLine: text.split('\n')[line - 1] ?? '',
           atThrow: false };
}

module.exports = {
  triggerUncaughtException, setThrowSite, willBeThrownAgain, setCaptureCallback, hasCaptureCallback,
};
