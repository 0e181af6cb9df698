'use strict';
// Async ids and hooks (Node's async_hooks machinery). Every async resource gets an id from one counter
// and the id of what made it (its trigger); while a resource's callback runs, executionAsyncId() and
// triggerAsyncId() are its ids and executionAsyncResource() is the resource. The counter and the
// current ids are doubles shared with the binding (io.node4j.runtime.bindings.AsyncWrapBinding), which
// gives the requests and handles made in Java their ids; the resources lib/ makes (Timeout, Immediate,
// the tick objects, AsyncResource) take theirs here.
//
// Hooks (async_hooks.createHook) see init/before/after/destroy of those resources and of the requests
// and handles of the bindings; promises are not reported (promiseResolve is never called).

const binding = internalBinding('async_wrap');

// The keys lib/'s resources keep their ids and frame under (Timeout, Immediate, TickObject), named
// as Node's, which util.inspect shows.
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');
const kAsyncContextFrame = Symbol('kAsyncContextFrame');

const kExecutionAsyncId = 0;
const kTriggerAsyncId = 1;
const kAsyncIdCounter = 2;
const kDefaultTriggerAsyncId = 3;
const kInitHooks = 4;
const fields = new Float64Array(binding.fields());

// The resource of the main script's execution (id 1), as Node's top-level resource: an empty object.
const topLevelResource = {};

// Saved [executionAsyncId, triggerAsyncId] pairs and the resources of the executions on the stack.
const idStack = [];
const resourceStack = [];

// The enabled hooks, by kind. Each list is replaced (not changed) when a hook is enabled or
// disabled, so one being called over is not disturbed.
const active = { init: [], before: [], after: [], destroy: [], promiseResolve: [] };
let hookCount = 0;

function newAsyncId() {
  return ++fields[kAsyncIdCounter];
}

function executionAsyncId() {
  return fields[kExecutionAsyncId];
}

function triggerAsyncId() {
  return fields[kTriggerAsyncId];
}

function executionAsyncResource() {
  const depth = resourceStack.length;
  return depth === 0 ? topLevelResource : resourceStack[depth - 1];
}

// The trigger of a resource made now: the current execution, unless a default trigger is set (net
// sets one while it makes a socket's or server's requests and ticks).
function getDefaultTriggerAsyncId() {
  const id = fields[kDefaultTriggerAsyncId];
  return id < 0 ? fields[kExecutionAsyncId] : id;
}

// Runs block(...args) with triggerAsyncId as the trigger of what it makes (a negative id: no change).
function defaultTriggerAsyncIdScope(triggerAsyncId, block, ...args) {
  if (triggerAsyncId === undefined || triggerAsyncId < 0) return block(...args);
  const prior = fields[kDefaultTriggerAsyncId];
  fields[kDefaultTriggerAsyncId] = triggerAsyncId;
  try {
    return block(...args);
  } finally {
    fields[kDefaultTriggerAsyncId] = prior;
  }
}

function pushAsyncContext(asyncId, triggerId, resource) {
  idStack.push(fields[kExecutionAsyncId], fields[kTriggerAsyncId]);
  resourceStack.push(resource);
  fields[kExecutionAsyncId] = asyncId;
  fields[kTriggerAsyncId] = triggerId;
}

function popAsyncContext() {
  if (resourceStack.length === 0) return false;
  resourceStack.pop();
  fields[kTriggerAsyncId] = idStack.pop();
  fields[kExecutionAsyncId] = idStack.pop();
  return resourceStack.length > 0;
}

// After an uncaught exception was handled: the executions it left were never ended.
function clearAsyncIdStack() {
  if (hookCount > 0) {
    while (resourceStack.length > 0) {
      callHooks(active.after, fields[kExecutionAsyncId]);
      popAsyncContext();
    }
  }
  idStack.length = 0;
  resourceStack.length = 0;
  fields[kExecutionAsyncId] = 0;
  fields[kTriggerAsyncId] = 0;
  fields[kDefaultTriggerAsyncId] = -1;
}

function hasHooks(kind) {
  return hookCount > 0 && active[kind].length > 0;
}

// An exception in a hook ends the process, as Node's does (it is printed as uncaught, exit 1).
function callHooks(list, ...args) {
  for (let i = 0; i < list.length; i++) {
    const { hook, fn } = list[i];
    try {
      fn.apply(hook, args);
    } catch (err) {
      fatal(err);
    }
  }
}

function fatal(err) {
  const { triggerUncaughtException } = require('internal/process/execution');
  process.removeAllListeners('uncaughtException');
  triggerUncaughtException(err, null);
}

function emitInit(asyncId, type, triggerAsyncId, resource) {
  if (active.init.length > 0) callHooks(active.init, asyncId, type, triggerAsyncId, resource);
}

function emitBefore(asyncId, triggerAsyncId, resource) {
  pushAsyncContext(asyncId, triggerAsyncId, resource);
  if (active.before.length > 0) callHooks(active.before, asyncId);
}

function emitAfter(asyncId) {
  if (active.after.length > 0) callHooks(active.after, asyncId);
  popAsyncContext();
}

// Destroy hooks are told in a batch at the start of the next check phase, as Node's native
// immediate does; the timers module runs the batch (setDestroyScheduler).
let destroyQueue = [];
let scheduleDestroys = null;

function emitDestroy(asyncId) {
  if (active.destroy.length === 0) return;
  destroyQueue.push(asyncId);
  if (destroyQueue.length === 1) scheduleDestroys();
}

function setDestroyScheduler(schedule) {
  scheduleDestroys = schedule;
}

// Returns whether there were destroys to report.
function runDestroyQueue() {
  if (destroyQueue.length === 0) return false;
  const ids = destroyQueue;
  destroyQueue = [];
  for (const id of ids) callHooks(active.destroy, id);
  return true;
}

function enableHook(hook, callbacks) {
  let added = false;
  for (const kind of Object.keys(active)) {
    const fn = callbacks[kind];
    if (fn === undefined || active[kind].some((entry) => entry.hook === hook)) continue;
    active[kind] = [...active[kind], { hook, fn }];
    added = true;
  }
  if (added) hookCount++;
  fields[kInitHooks] = active.init.length;
}

function disableHook(hook) {
  let removed = false;
  for (const kind of Object.keys(active)) {
    const list = active[kind].filter((entry) => entry.hook !== hook);
    if (list.length !== active[kind].length) removed = true;
    active[kind] = list;
  }
  if (removed) hookCount--;
  fields[kInitHooks] = active.init.length;
}

// The bridge's init for the requests and handles of the bindings (only while init hooks exist): their
// resource is the JS object the binding names (a net handle), else an object of its own, as Node's
// FSReqCallback, Process... are.
binding.setup((asyncId, type, triggerAsyncId, given) => {
  const resource = given ?? {};
  emitInit(asyncId, type, triggerAsyncId, resource);
  return resource;
});

module.exports = {
  newAsyncId, executionAsyncId, triggerAsyncId, executionAsyncResource, getDefaultTriggerAsyncId,
  defaultTriggerAsyncIdScope,
  pushAsyncContext, popAsyncContext, clearAsyncIdStack, topLevelResource,
  emitInit, emitBefore, emitAfter, emitDestroy, hasHooks, enableHook, disableHook,
  setDestroyScheduler, runDestroyQueue,
  asyncIdSymbol, triggerAsyncIdSymbol, kAsyncContextFrame,
};
