'use strict';
// The thread of module.register()'s asynchronous hooks: a worker lib/ starts for itself (see
// customization_hooks). It imports each hooks module the main thread registers, runs its initialize()
// with the data sent, and answers the main thread's resolve and load questions by running the chains
// of async hooks (the last registered first, Node's default steps last). The main thread waits for
// each answer: the reply is posted on the port, then the shared counter is bumped and notified.

const { workerData } = require('worker_threads');
const esm = require('internal/modules/esm/loader');
const customization = require('internal/modules/customization_hooks');

const { port, signal } = workerData;
const hooks = []; // { resolve, load, name } of each registered module, in order

// The chains of the registered modules' hooks, each awaited, named in errors as Node names them
// (the module as registered, then the hook).
function runChain(kind, input, context, defaultStep) {
  return customization.runChain(hooks, kind, input, context, defaultStep, {
    settle: (value, then) => Promise.resolve(value).then(then),
    name: (entry) => `${entry.name} '${kind}'`,
    checkURL: kind === 'resolve',
  });
}

async function resolve({ specifier, context }) {
  const result = await runChain('resolve', specifier, context, (next, ctx) => esm.defaultResolve(next, ctx));
  return { url: result.url, format: result.format ?? undefined, importAttributes: result.importAttributes };
}

// Node's asynchronous default load gives no source for CommonJS (the main thread reads the file).
function defaultLoad(url, context) {
  const result = esm.defaultLoad(url, context);
  if (result.format === 'commonjs') result.source = null;
  return result;
}

async function load({ url, context }) {
  const result = await runChain('load', url, context, defaultLoad);
  if (result === undefined || result === null) {
    throw new TypeError(`Cannot destructure property 'format' of 'result' as it is ${result}.`);
  }
  return { format: result.format, source: result.source };
}

async function register({ specifier, parentURL, data }) {
  const { url } = await resolve({
    specifier,
    context: { conditions: ['node', 'import', 'module-sync', 'node-addons'], importAttributes: { __proto__: null },
               parentURL },
  });
  const namespace = await import(url);
  hooks.push({ resolve: namespace.resolve, load: namespace.load, name: specifier });
  if (typeof namespace.initialize === 'function') await namespace.initialize(data);
}

const handlers = { register, resolve, load };

// An error as the main thread rebuilds it (its class, message, code and stack).
function describeError(err) {
  if (err === null || typeof err !== 'object') return { value: err };
  return { name: err.name, message: err.message, code: err.code, stack: err.stack };
}

function reply(message) {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

let current;
port.on('message', async (request) => {
  current = request.id;
  let message;
  try {
    message = { id: request.id, value: await handlers[request.type](request) };
  } catch (err) {
    message = { id: request.id, error: describeError(err) };
  }
  current = undefined;
  reply(message);
});

// An error thrown outside the hooks' promises still answers the request it happened during.
process.on('uncaughtException', (err) => {
  if (current !== undefined) reply({ id: current, error: describeError(err) });
  current = undefined;
});
