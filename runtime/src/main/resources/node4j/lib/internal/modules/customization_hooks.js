'use strict';
// module.registerHooks(): synchronous resolve and load hooks, run on the thread that loads the module.
// Each kind forms a chain, the hooks registered last called first and Node's default step last; a hook
// passes on by calling next(), or ends the chain by returning shortCircuit: true. Both loaders (the
// CommonJS one for require(), the ES module one for import) run their requests through here while any
// hook is registered.

const { validateFunction } = require('internal/validators');
const { ERR_INVALID_RETURN_PROPERTY_VALUE } = require('internal/errors').codes;

const registered = [];
let nextId = 0;
const kId = Symbol('kModuleHooksIdKey');

class ModuleHooks {
  constructor(resolve, load) {
    this.resolve = resolve;
    this.load = load;
    this[kId] = Symbol(`module-hook-${nextId++}`);
  }

  deregister() {
    const at = registered.indexOf(this);
    if (at !== -1) registered.splice(at, 1);
  }
}

function registerHooks(hooks) {
  if (hooks === undefined || hooks === null) {
    throw new TypeError(`Cannot destructure property 'resolve' of 'hooks' as it is ${hooks}.`);
  }
  const { resolve, load } = hooks;
  if (resolve !== undefined) validateFunction(resolve, 'hooks.resolve');
  if (load !== undefined) validateFunction(load, 'hooks.load');
  const entry = new ModuleHooks(resolve, load);
  registered.push(entry);
  return entry;
}

// Whether requests must go through the chains at all.
function active() {
  return registered.length > 0;
}

class ModuleResolveContext {
  constructor(parentURL, importAttributes, conditions) {
    this.parentURL = parentURL;
    this.importAttributes = importAttributes;
    this.conditions = conditions;
  }
}

class ModuleLoadContext {
  constructor(format, importAttributes, conditions) {
    this.format = format;
    this.importAttributes = importAttributes;
    this.conditions = conditions;
  }
}

// Runs the `kind` chain for `input` (a specifier or a URL). The hooks are those registered when the
// request started; a context passed to next() is merged over the one the hook was given.
function runChain(kind, input, context, defaultStep) {
  const hooks = registered.filter((entry) => entry[kind] !== undefined).map((entry) => entry[kind]);
  const step = (index, value, stepContext) => {
    if (index < 0) return defaultStep(value, stepContext);
    let calledNext = false;
    const next = (nextValue, nextContext) => {
      calledNext = true;
      const merged = nextContext === undefined || nextContext === stepContext ? stepContext :
        { ...stepContext, ...nextContext };
      return step(index - 1, nextValue, merged);
    };
    const result = hooks[index](value, stepContext, next);
    if (!calledNext && (result === undefined || result === null)) {
      throw new TypeError(`Cannot read properties of ${result} (reading 'shortCircuit')`);
    }
    if (!calledNext && result.shortCircuit !== true) {
      throw new ERR_INVALID_RETURN_PROPERTY_VALUE('true', kind, 'shortCircuit', result.shortCircuit);
    }
    return result;
  };
  return step(hooks.length - 1, input, context);
}

// { url, format, importAttributes } for `specifier`; defaultResolve(specifier, context) is Node's own.
function resolve(specifier, parentURL, importAttributes, conditions, defaultResolve) {
  const result = runChain('resolve', specifier,
                          new ModuleResolveContext(parentURL, importAttributes, conditions), defaultResolve);
  if (result === undefined || result === null) {
    throw new TypeError(`Cannot destructure property 'url' of 'result' as it is ${result}.`);
  }
  const { url, format } = result;
  if (typeof url !== 'string') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', 'resolve', 'url', url);
  }
  return { url, format, importAttributes: result.importAttributes ?? importAttributes };
}

// { format, source } for `url`; the source is a string, an ArrayBuffer or a TypedArray, or null for
// formats without one (builtin), when `sourceOptional` says that is allowed.
function load(url, format, importAttributes, conditions, defaultLoad, sourceOptional = () => false) {
  const result = runChain('load', url, new ModuleLoadContext(format, importAttributes, conditions),
                          defaultLoad);
  if (result === undefined || result === null) {
    throw new TypeError(`Cannot destructure property 'format' of 'result' as it is ${result}.`);
  }
  const { source } = result;
  if (typeof source !== 'string' && !isBinary(source) &&
      !((source === null || source === undefined) && sourceOptional(result.format))) {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string, an ArrayBuffer, or a TypedArray', 'load',
                                                'source', source);
  }
  return { format: result.format, source };
}

function isBinary(value) {
  return value instanceof ArrayBuffer || value instanceof SharedArrayBuffer || ArrayBuffer.isView(value);
}

// A source as text (UTF-8 for bytes).
function sourceText(source) {
  if (typeof source === 'string') return source;
  const bytes = ArrayBuffer.isView(source) ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength) :
    new Uint8Array(source);
  return new TextDecoder().decode(bytes);
}

module.exports = { registerHooks, active, resolve, load, sourceText };
