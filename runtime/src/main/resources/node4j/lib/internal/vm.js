'use strict';
// node:vm's machinery (Node's node_contextify.cc with its lib/internal/vm.js): contexts, scripts
// compiled once and run in any context, compiled functions, and the "arrow" that displayErrors puts
// above an error's stack.
//
// A context is a realm of its own (internalBinding('contextify'), VmInternals.java): its own
// built-ins and global object. A contextified sandbox's context has a proxy for its global object,
// whose traps below follow what V8's named-property interceptors do for Node:
//   get       the sandbox's property (along its prototype chain) when it has one, else the global's;
//             the sandbox itself reads as the global; a sandbox getter that throws reads as absent
//             unless the global has the name
//   set       onto the sandbox, then onto the global too (unless either has it read-only, or the
//             sandbox's own is an accessor, which takes the store alone)
//   define    onto the sandbox (unless the global has it read-only and non-configurable), then the
//             global
//   delete    from the sandbox; from the global too when that worked
//   has       the sandbox's or the global's (with prototypes)
//   keys      the global's own, then the sandbox's own it lacks
//   descriptor the sandbox's own, else the global's
// So `var x`, function declarations, `x = 1` and `this.x = 1` in the context show up on the
// sandbox (also later, from a callback the context's code left behind), and the sandbox's
// properties are the context's globals.

const binding = internalBinding('contextify');
const {
  nativeError,
} = require('internal/errors');
const { lastMagicComment } = require('internal/magic_comments');
const { installLanguage } = require('internal/per_context/language');
const languageShared = () => require('internal/per_context/language').shared;

const {
  get: ReflectGet, set: ReflectSet, has: ReflectHas, defineProperty: ReflectDefineProperty,
  deleteProperty: ReflectDeleteProperty, getOwnPropertyDescriptor: ReflectGetOwnPropertyDescriptor,
  ownKeys: ReflectOwnKeys, getPrototypeOf: ReflectGetPrototypeOf, apply: ReflectApply,
} = Reflect;
const { isArray } = Array;
const SafeSet = Set;

// The contextified object (a sandbox, or a vanilla context's global) -> its context:
// { handle, global (what `this` is in it), inner (its realm's own global), sandbox, name, origin,
//   importModuleDynamically }.
const contexts = new WeakMap();

function isContext(object) {
  return contexts.has(object);
}

function contextOf(object) {
  return contexts.get(object);
}

// The first descriptor of `key` along `object`'s prototype chain (V8's GetRealNamedProperty...).
function findDescriptor(object, key) {
  for (let o = object; o !== null; o = ReflectGetPrototypeOf(o)) {
    const desc = ReflectGetOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return desc;
  }
  return undefined;
}

const isReadOnly = (desc) => desc !== undefined && desc.writable === false;
const isAccessor = (desc) => desc !== undefined && (desc.get !== undefined || desc.set !== undefined ||
                                                     'get' in desc);
// The descriptor the engine declares a script's var (value undefined) or function with.
const isDeclaration = (desc) => desc.writable === true && desc.enumerable === true && desc.configurable === false &&
  'value' in desc && (desc.value === undefined || typeof desc.value === 'function');
const isIndex = (key) => typeof key === 'string' && /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;

function globalTraps(sandbox, context) {
  return {
    __proto__: null,
    get(target, key, receiver) {
      let value;
      try {
        value = sandbox[key];
      } catch (err) {
        // As V8's interceptor: a getter of the sandbox that throws leaves the name to the global,
        // which rethrows only if it has the name itself (`typeof x` of such a getter is 'undefined').
        if (ReflectHas(target, key)) throw err;
        return undefined;
      }
      if (value !== undefined || key in sandbox) return value === sandbox ? context.global : value;
      return ReflectGet(target, key, receiver);
    },
    set(target, key, value) {
      // The usual store: a writable data property of the sandbox's own, and of the global's own or
      // absent from it (a declared var, or a name the sandbox brought).
      const own = ReflectGetOwnPropertyDescriptor(sandbox, key);
      if (own !== undefined && own.writable === true) {
        const onTarget = ReflectGetOwnPropertyDescriptor(target, key);
        if (onTarget === undefined ? findDescriptor(target, key) === undefined : onTarget.writable === true) {
          ReflectSet(sandbox, key, value);
          return ReflectSet(target, key, value);
        }
      }
      const onGlobal = findDescriptor(target, key);
      const onSandbox = findDescriptor(sandbox, key);
      if (isReadOnly(onSandbox)) return false;
      if (isReadOnly(onGlobal) ||
          (onGlobal === undefined && onSandbox === undefined && typeof key === 'symbol')) {
        return ReflectSet(target, key, value);
      }
      ReflectSet(sandbox, key, value);
      if (onSandbox !== undefined && isAccessor(ReflectGetOwnPropertyDescriptor(sandbox, key))) return true;
      return ReflectSet(target, key, value);
    },
    defineProperty(target, key, desc) {
      const onGlobal = findDescriptor(target, key);
      if (isReadOnly(onGlobal) && onGlobal.configurable === false) return ReflectDefineProperty(target, key, desc);
      if (isDeclaration(desc)) {
        // A script's `var` or function declaration (the engine declares both this way). V8 declares a
        // var on the global alone (its first assignment reaches the sandbox) and stores a function
        // as an assignment would, so the sandbox gets an ordinary, configurable property.
        if (typeof desc.value === 'function') ReflectSet(sandbox, key, desc.value);
        return ReflectDefineProperty(target, key, desc);
      }
      const forSandbox = 'get' in desc || 'set' in desc ?
        { __proto__: null, get: desc.get, set: desc.set } :
        { __proto__: null, value: desc.value };
      if ('writable' in desc && !('get' in desc || 'set' in desc)) forSandbox.writable = desc.writable;
      if ('enumerable' in desc) forSandbox.enumerable = desc.enumerable;
      if ('configurable' in desc) forSandbox.configurable = desc.configurable;
      ReflectDefineProperty(sandbox, key, forSandbox);
      return ReflectDefineProperty(target, key, desc);
    },
    deleteProperty(target, key) {
      if (!ReflectDeleteProperty(sandbox, key)) return false;
      return ReflectDeleteProperty(target, key);
    },
    has(target, key) {
      return ReflectHas(sandbox, key) || ReflectHas(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      return ReflectGetOwnPropertyDescriptor(sandbox, key) ?? ReflectGetOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      // The global's own keys, then the sandbox's it does not have; array indices first, symbols
      // last. V8 lists the global's keys and filters them by the global's own attributes before it
      // adds the sandbox's: a key the global has non-enumerable (console) but the sandbox has too
      // comes with the sandbox's, so Object.keys finds it in V8's place.
      const indices = [];
      const names = [];
      const symbols = [];
      const sandboxKeys = ReflectOwnKeys(sandbox);
      const onSandbox = new SafeSet(sandboxKeys);
      const seen = new SafeSet();
      const add = (key) => {
        if (seen.has(key)) return;
        seen.add(key);
        if (typeof key === 'symbol') symbols.push(key);
        else if (isIndex(key)) indices.push(key);
        else names.push(key);
      };
      for (const key of ReflectOwnKeys(target)) {
        if (!onSandbox.has(key) || ReflectGetOwnPropertyDescriptor(target, key)?.enumerable) add(key);
      }
      for (const key of sandboxKeys) add(key);
      return [...indices, ...names, ...symbols];
    },
  };
}

// What every context gets from V8 that the engine's realm lacks, and codeGeneration's refusals.
// Compiled once, run in each new context's realm (its `this`: the realm's own global).
let contextSetup;
let languageSetup;
function setupContext(context, strings) {
  contextSetup ??= binding.compileScript(`(function (global, denyStrings, denyWasm) {
    'use strict';
    // V8's console: in every context, its methods doing nothing without an inspector attached.
    const proto = {};
    Object.defineProperty(proto, Symbol.toStringTag, { value: 'console', configurable: true });
    const console = Object.setPrototypeOf({
      debug() {}, error() {}, info() {}, log() {}, warn() {}, dir() {}, dirxml() {}, table() {}, trace() {},
      group() {}, groupCollapsed() {}, groupEnd() {}, clear() {}, count() {}, countReset() {}, assert() {},
      profile() {}, profileEnd() {}, time() {}, timeLog() {}, timeEnd() {}, timeStamp() {}, context() {},
      createTask() {},
    }, proto);
    Object.defineProperty(global, 'console', { value: console, writable: true, configurable: true });
    // V8's global object has no toStringTag, and an object of the global template's between it and
    // Object.prototype.
    delete global[Symbol.toStringTag];
    const template = Object.create(Object.getPrototypeOf(global));
    Object.defineProperty(template, 'constructor', { value: (0, function () {}), writable: true, configurable: true });
    Object.setPrototypeOf(global, template);
    if (denyWasm && typeof WebAssembly === 'object') {
      // codeGeneration.wasm false: compiling bytes refuses (validating them, or instantiating a
      // module made elsewhere, does not), as V8 does when the embedder disallows wasm code generation.
      const refusal = (api) => new WebAssembly.CompileError(\`WebAssembly.\${api}(): Wasm code generation disallowed by embedder\`);
      const { compile, instantiate } = WebAssembly;
      WebAssembly.Module = new Proxy(WebAssembly.Module, {
        construct() { throw refusal('Module'); },
      });
      Object.defineProperty(WebAssembly.Module.prototype, 'constructor', { value: WebAssembly.Module });
      WebAssembly.compile = { compile(bytes) { return Promise.reject(refusal('compile')); } }.compile;
      WebAssembly.instantiate = {
        instantiate(source, imports) {
          // A module of any realm (Module.exports checks the brand) needs no code generation.
          try {
            WebAssembly.Module.exports(source);
          } catch {
            return Promise.reject(refusal('instantiate'));
          }
          return Reflect.apply(instantiate, WebAssembly, [source, imports]);
        },
      }.instantiate;
    }
    if (!denyStrings) return;
    // codeGeneration.strings false: eval and every Function constructor refuse, as V8 does when
    // the embedder disallows code generation from strings.
    const deny = () => {
      throw new EvalError('Code generation from strings disallowed for this context');
    };
    const guard = (fn) => new Proxy(fn, { apply: deny, construct: deny });
    Object.defineProperty(global, 'eval', { value: guard(global.eval) });
    const constructors = [Function, Object.getPrototypeOf(function* () {}).constructor,
                          Object.getPrototypeOf(async function () {}).constructor,
                          Object.getPrototypeOf(async function* () {}).constructor];
    for (const ctor of constructors) {
      const guarded = guard(ctor);
      Object.defineProperty(ctor.prototype, 'constructor', { value: guarded });
      if (ctor === Function) Object.defineProperty(global, 'Function', { value: guarded });
    }
  })`, 'node:internal/vm/context', 0, 0, null, require('internal/vm/imports').POLICY_NONE);
  languageSetup ??= binding.compileScript(`(${installLanguage})`, 'node:internal/per_context/language', 0, 0,
                                          null, require('internal/vm/imports').POLICY_NONE);
  const inner = context.inner;
  const language = binding.bind(languageSetup, context.handle);
  ReflectApply(ReflectApply(language, inner, []), undefined, [inner, languageShared()]);
  const program = binding.bind(contextSetup, context.handle);
  ReflectApply(ReflectApply(program, inner, []), undefined, [inner, !strings, context.wasm === false]);
  // Node's streaming functions, in every context as in Node (from this realm: their promises are ours).
  const wasm = ReflectGet(inner, 'WebAssembly');
  if (typeof wasm === 'object') require('internal/wasm_web_api').install(wasm);
}

// The name V8 gives an object's constructor (the sandbox's Symbol.toStringTag in its context).
function constructorName(object) {
  for (let o = object; o !== null; o = ReflectGetPrototypeOf(o)) {
    const desc = ReflectGetOwnPropertyDescriptor(o, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && typeof desc.value.name === 'string' &&
        desc.value.name !== '') {
      return desc.value.name;
    }
  }
  return 'Object';
}

// Makes `sandbox` a context (or, for vm.constants.DONT_CONTEXTIFY, a context of its own with a
// plain global object); returns what vm.createContext returns.
function makeContext(sandbox, vanilla, { name, origin, strings, wasm, ownMicrotasks, importModuleDynamically }) {
  const context = {
    handle: undefined, global: undefined, inner: undefined, sandbox: vanilla ? undefined : sandbox,
    name, origin, wasm, importModuleDynamically,
  };
  context.handle = binding.makeContext(vanilla ? null : globalTraps(sandbox, context), ownMicrotasks);
  context.global = binding.global(context.handle);
  context.inner = binding.innerGlobal(context.handle);
  context.Error = ReflectGet(context.inner, 'Error'); // before any code of the context runs
  setupContext(context, strings);
  if (!vanilla) {
    const tag = constructorName(sandbox);
    if (tag !== 'Object') {
      ReflectDefineProperty(context.inner, Symbol.toStringTag, { value: tag, writable: true, configurable: true });
    }
  }
  const key = vanilla ? context.global : sandbox;
  contexts.set(key, context);
  return key;
}

// Runs script bodies: the binding's run function (timeouts, SIGINT, a context's own microtasks).
let run;
const kTimedOut = { __proto__: null };
const kInterrupted = { __proto__: null };

// Errors decorated with their arrow (each once), as Node marks them.
const decorated = new WeakSet();

// Node's arrow: "file:line\n<source line>\n<caret>\n" for where an error was thrown (tabs kept).
function arrow(site) {
  const { file, line, column, sourceLine, length = 1 } = site;
  let pad = '';
  for (let i = 0; i < column - 1 && i < sourceLine.length; i++) pad += sourceLine[i] === '\t' ? '\t' : ' ';
  return `${file}:${line}\n${sourceLine}\n${pad}${'^'.repeat(length)}\n`;
}

// displayErrors: the error's stack gets the arrow of where it was thrown above it, and the fatal
// report, should the error end the program, shows that stack alone (Node's DecorateErrorStack).
function decorateErrorStack(err, site) {
  if (site == null || err === null || (typeof err !== 'object' && typeof err !== 'function') ||
      decorated.has(err)) {
    return;
  }
  let stack;
  try {
    stack = err.stack;
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  try {
    err.stack = `${arrow(site)}\n${stack}`;
  } catch {
    return;
  }
  decorated.add(err);
  require('internal/process/execution').setThrowSite(err, '');
}

// The binding's throw site of the run that just threw, as decorateErrorStack takes it.
function takeThrowSite() {
  const site = binding.takeThrowSite();
  if (site == null) return null;
  const [file, line, sourceLine] = [site[0], site[1], site[3]];
  // V8 points at the throw statement; the engine at the value thrown when the script made it there.
  let column = site[2];
  const throwAt = sourceLine.lastIndexOf('throw', column - 1);
  if (throwAt !== -1 && /^throw\b/.test(sourceLine.slice(throwAt))) column = throwAt + 1;
  return { file, line, column, sourceLine };
}

// A SyntaxError from compiling `code` (as `filename`, lines moved by lineOffset): worded as V8's, its
// stack decorated with the arrow (V8 reports compile errors with one, whatever displayErrors says).
function compileError(err, code, filename, lineOffset, head = 0) {
  if (err === null || typeof err !== 'object' || err.name !== 'SyntaxError') return err;
  const { adoptSyntaxError } = require('internal/syntax_errors');
  let site;
  try {
    site = adoptSyntaxError(err, code, head);
  } catch {
    site = null; // not a located message: the engine's own stays
  }
  if (site !== null) {
    // An unexpected end of input is pointed at past the line's end, without a caret.
    const end = site.column === 0;
    decorateErrorStack(err, {
      file: filename, line: site.line + lineOffset, column: end ? site.sourceLine.length + 1 : site.column,
      sourceLine: site.sourceLine, length: end ? 0 : site.length,
    });
  }
  return err;
}

// A stand-in for V8's code cache: GraalJS has no serialized code to give back, so the cache made
// for a script records only which source it was made from (a version, the text's length and a
// 64-bit FNV-1a hash of it); handing it back marks cachedDataRejected when it was made from another
// source, as V8 does, and saves no compilation (GraalJS shares parsed code within the process
// already). Data that is not such a record (V8's own, or anything else) is taken without complaint,
// as V8 took the garbage tried against it.
const kCacheMagic = 'node4j-vm-cache-1\0';
function sourceFingerprint(code) {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ (c >>> 8) ^ (i & 0xff), 0x01000193) >>> 0;
  }
  return [code.length >>> 0, h1, h2];
}

function makeCachedData(code) {
  const { Buffer } = require('buffer');
  const head = Buffer.from(kCacheMagic, 'latin1');
  const data = Buffer.alloc(head.length + 12);
  head.copy(data, 0);
  const [length, h1, h2] = sourceFingerprint(code);
  data.writeUInt32LE(length, head.length);
  data.writeUInt32LE(h1, head.length + 4);
  data.writeUInt32LE(h2, head.length + 8);
  return data;
}

function cachedDataRejected(cachedData, code) {
  const bytes = new Uint8Array(cachedData.buffer, cachedData.byteOffset, cachedData.byteLength);
  if (bytes.length !== kCacheMagic.length + 12) return false;
  for (let i = 0; i < kCacheMagic.length; i++) {
    if (bytes[i] !== kCacheMagic.charCodeAt(i)) return false;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const expected = sourceFingerprint(code);
  return expected.some((value, i) => view.getUint32(kCacheMagic.length + i * 4, true) !== value);
}

// Script state, out of the user's reach: script -> { compiled, code, importModuleDynamically (its
// import() policy, internal/vm/imports) }.
const scripts = new WeakMap();

// Node's native ContextifyScript: compiles in its constructor; runInContext(contextifiedObject or
// null for this context, timeout, displayErrors, breakOnSigint, breakOnFirstLine) runs it.
class ContextifyScript {
  constructor(code, filename, lineOffset, columnOffset, cachedData, produceCachedData, parsingContext,
              importModuleDynamically) {
    const parsing = parsingContext === undefined ? undefined : contexts.get(parsingContext);
    const compiled = binding.compileScript(code, filename, lineOffset, columnOffset, parsing?.handle ?? null,
                                           importModuleDynamically);
    if (isArray(compiled)) throw compileError(compiled[0], code, filename, lineOffset);
    scripts.set(this, { compiled, code, importModuleDynamically });
    if (cachedData !== undefined) this.cachedDataRejected = cachedDataRejected(cachedData, code);
    if (produceCachedData) {
      this.cachedData = makeCachedData(code);
      this.cachedDataProduced = true;
    }
    this.sourceURL = lastMagicComment(code, 'sourceURL') ?? undefined;
    this.sourceMapURL = lastMagicComment(code, 'sourceMappingURL') ?? undefined;
  }

  createCachedData() {
    const script = scripts.get(this);
    if (script === undefined) {
      throw new TypeError('Illegal invocation'); // V8's receiver check of a native method
    }
    return makeCachedData(script.code);
  }

  runInContext(contextifiedObject, timeout, displayErrors, breakOnSigint, breakOnFirstLine) {
    const script = scripts.get(this);
    if (script === undefined) {
      throw new TypeError('Illegal invocation'); // V8's receiver check of a native method
    }
    const context = contextifiedObject === null ? null : contexts.get(contextifiedObject);
    const program = binding.bind(script.compiled, context?.handle ?? null);
    return runProgram(program, context === null ? globalThis : context.global, context, timeout,
                      displayErrors, breakOnSigint);
  }
}

// As Node's native class: its prototype's constructor comes last.
{
  const { prototype } = ContextifyScript;
  delete prototype.constructor;
  Object.defineProperty(prototype, 'constructor', {
    value: ContextifyScript, writable: true, enumerable: false, configurable: true,
  });
}

// Where in Node's lib/vm.js the native run is called from: the fatal report's header for the errors
// that run throws itself.
const kRunInThisContextSite = [137, '    return ReflectApply(super.runInContext, this, args);', 11];
const kRunInContextSite = [149, '    return ReflectApply(super.runInContext, this, args);', 11];
const kSigintWrapSite = [280, '    return ReflectApply(fn, thisArg, argsArray);', 11];
function setNodeThrowSite(err, [line, text, column]) {
  require('internal/process/execution').setThrowSite(err, `node:vm:${line}\n${text}\n${' '.repeat(column)}^\n`);
}

// Calls `fn` (a script's program or a function) on `thisValue` for vm: stopped after `timeout` ms
// (-1: never) or on SIGINT with breakOnSigint, the context's own microtasks run after it, the error it
// throws decorated when displayErrors.
function runProgram(fn, thisValue, context, timeout, displayErrors, breakOnSigint) {
  run ??= binding.runFunction();
  let result;
  try {
    result = run(fn, thisValue, timeout, breakOnSigint, context?.handle ?? null, kTimedOut, kInterrupted);
  } catch (err) {
    const site = takeThrowSite();
    if (err !== null && typeof err === 'object' && err.name === 'SyntaxError') {
      require('internal/syntax_errors').adoptRuntimeSyntaxError(err);
    }
    if (displayErrors) decorateErrorStack(err, site);
    throw err;
  }
  if (result === kTimedOut || result === kInterrupted) {
    // Node throws these from its native run: plain Errors of the context the script ran in, with a
    // code, their stacks from the caller; its report points at the line of node:vm that called it.
    const ErrorOfContext = context === null ? Error : context.Error;
    const err = result === kTimedOut ?
      nativeError(ErrorOfContext, 'ERR_SCRIPT_EXECUTION_TIMEOUT', `Script execution timed out after ${timeout}ms`) :
      nativeError(ErrorOfContext, 'ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`');
    Error.captureStackTrace(err, runProgram);
    setNodeThrowSite(err, context === null ? kRunInThisContextSite : kRunInContextSite);
    throw err;
  }
  return result;
}

// vm.compileFunction's work: { function, cachedData?, cachedDataProduced?, cachedDataRejected? }.
function internalCompileFunction(code, filename, lineOffset, columnOffset, cachedData, produceCachedData,
                                 parsingContext, contextExtensions, params, importModuleDynamically) {
  const parsing = parsingContext === undefined ? undefined : contexts.get(parsingContext);
  const fn = binding.compileFunction(code, filename, lineOffset, columnOffset, (params ?? []).join(', '),
                                     contextExtensions, parsing?.handle ?? null, importModuleDynamically);
  if (isArray(fn)) throw compileError(fn[0], code, filename, lineOffset);
  const result = { function: fn };
  if (produceCachedData) {
    result.cachedDataProduced = true;
    result.cachedData = makeCachedData(code);
    fn.cachedDataProduced = true;
    fn.cachedData = result.cachedData;
  }
  if (cachedData !== undefined) {
    result.cachedDataRejected = cachedDataRejected(cachedData, code);
    fn.cachedDataRejected = result.cachedDataRejected;
  }
  return result;
}

// A run stopped while the program's SIGINT listeners were set aside: Node's report names the wrapper.
function markSigintWrapSite(err) {
  if (err?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT' || err?.code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED') {
    setNodeThrowSite(err, kSigintWrapSite);
  }
}

module.exports = {
  ContextifyScript, isContext, contextOf, makeContext, internalCompileFunction, runProgram,
  decorateErrorStack, markSigintWrapSite,
};
