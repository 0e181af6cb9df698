'use strict';
// node:vm: scripts and functions compiled for, and run in, this context or contexts of their own
// (internal/vm has the machinery). Arguments are checked as Node 24 checks them.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_CONTEXT_NOT_INITIALIZED },
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateBuffer, validateInt32, validateObject, validateOneOf, validateString,
  validateUint32,
} = require('internal/validators');
const {
  ContextifyScript, isContext: isContextified, makeContext, internalCompileFunction, markSigintWrapSite,
} = require('internal/vm');
const { importPolicy, USE_MAIN_CONTEXT_DEFAULT_LOADER, DONT_CONTEXTIFY } = require('internal/vm/imports');

const kEmptyObject = Object.freeze({ __proto__: null });
// Passes the context runInContext/runInNewContext compile for to the Script they make.
const kParsingContext = Symbol('script parsing context');

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return isContextified(object);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

class Script extends ContextifyScript {
  constructor(code, options = kEmptyObject) {
    code = `${code}`;
    if (typeof options === 'string') {
      options = { filename: options };
    } else {
      validateObject(options, 'options');
    }
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
      [kParsingContext]: parsingContext,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined) validateBuffer(cachedData, 'options.cachedData');
    validateBoolean(produceCachedData, 'options.produceCachedData');
    const policy = importPolicy(importModuleDynamically);
    super(code, filename, lineOffset, columnOffset, cachedData, produceCachedData, parsingContext, policy);
  }

  runInThisContext(options) {
    const { timeout, displayErrors, breakOnSigint } = runOptions(options);
    return withSigintListenersRemoved(breakOnSigint,
      () => super.runInContext(null, timeout, displayErrors, breakOnSigint, false));
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    const { timeout, displayErrors, breakOnSigint } = runOptions(options);
    return withSigintListenersRemoved(breakOnSigint,
      () => super.runInContext(contextifiedObject, timeout, displayErrors, breakOnSigint, false));
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, contextOptions(options));
    return this.runInContext(context, options);
  }
}

function runOptions(options = kEmptyObject) {
  validateObject(options, 'options');
  let timeout = options.timeout;
  if (timeout === undefined) {
    timeout = -1;
  } else {
    validateUint32(timeout, 'options.timeout', true);
  }
  const { displayErrors = true, breakOnSigint = false } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { timeout, displayErrors, breakOnSigint };
}

// While a breakOnSigint run is going, SIGINT stops it instead of reaching process's listeners, which
// are taken off for that time and put back after (through the public methods, as Node does).
function withSigintListenersRemoved(breakOnSigint, fn) {
  if (!breakOnSigint || process.listenerCount('SIGINT') === 0) return fn();
  const listeners = process.rawListeners('SIGINT');
  process.removeAllListeners('SIGINT');
  try {
    return fn();
  } catch (err) {
    markSigintWrapSite(err);
    throw err;
  } finally {
    for (const listener of listeners) process.addListener('SIGINT', listener);
  }
}

// runInNewContext's context options (contextName, contextOrigin...) as createContext's.
function contextOptions(options) {
  if (!options) return {};
  const result = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: undefined,
    microtaskMode: options.microtaskMode,
  };
  if (result.name !== undefined) validateString(result.name, 'options.contextName');
  if (result.origin !== undefined) validateString(result.origin, 'options.contextOrigin');
  if (options.contextCodeGeneration !== undefined) {
    validateObject(options.contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = options.contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    result.codeGeneration = { strings, wasm };
  }
  if (options.microtaskMode !== undefined) validateString(options.microtaskMode, 'options.microtaskMode');
  return result;
}

let contextCount = 0;
function createContext(contextObject = {}, options = kEmptyObject) {
  const vanilla = contextObject === DONT_CONTEXTIFY;
  if (!vanilla && isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const {
    name = `VM Context ${++contextCount}`,
    origin,
    codeGeneration,
    microtaskMode,
    importModuleDynamically,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) validateObject(codeGeneration, 'options.codeGeneration');
  let strings = true;
  let wasm = true;
  if (codeGeneration !== undefined) {
    ({ strings = true, wasm = true } = codeGeneration);
    validateBoolean(strings, 'options.codeGeneration.strings');
    validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  const policy = importPolicy(importModuleDynamically);
  return makeContext(contextObject, vanilla, {
    name, origin, strings, wasm, ownMicrotasks: microtaskMode === 'afterEvaluate', importModuleDynamically: policy,
  });
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') {
    options = { filename: options, [kParsingContext]: contextifiedObject };
  } else {
    options = { ...options, [kParsingContext]: contextifiedObject };
  }
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, contextOptions(options));
  options = { ...options, [kParsingContext]: contextObject };
  return createScript(code, options).runInNewContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = kEmptyObject) {
  validateString(code, 'code');
  validateObject(options, 'options');
  if (params !== undefined) {
    validateArray(params, 'params');
    params.forEach((param, i) => validateString(param, `params[${i}]`));
  }
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData,
    produceCachedData = false,
    parsingContext,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined) validateBuffer(cachedData, 'options.cachedData');
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined &&
      (typeof parsingContext !== 'object' || parsingContext === null || !isContext(parsingContext))) {
    throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((extension, i) => {
    validateObject(extension, `options.contextExtensions[${i}]`, { nullable: true });
  });
  const policy = importPolicy(importModuleDynamically);
  return internalCompileFunction(code, filename, lineOffset, columnOffset, cachedData, produceCachedData,
                                 parsingContext, contextExtensions, params, policy).function;
}

function measureMemory(options = kEmptyObject) {
  require('internal/vm/measure_memory').warnOnce();
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  const result = require('internal/vm/measure_memory').measure(mode, execution);
  if (result === undefined) return Promise.reject(new ERR_CONTEXT_NOT_INITIALIZED());
  return result;
}

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER,
  DONT_CONTEXTIFY,
});

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
