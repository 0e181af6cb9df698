'use strict';
// process.getActiveResourcesInfo(), process._getActiveHandles() and process._getActiveRequests():
// what keeps the event loop alive, listed as Node lists it:
//   1. the requests in flight, oldest first (Node's ReqWraps: fs, dns.lookup/lookupService, stream
//      writes and shutdowns; dns queries, crypto and zlib jobs are not ReqWraps there, nor here);
//   2. the ref'd handles not yet closed, in the order they were made (a closing one stays until its
//      close is done; an inactive one, such as a paused stdin, still counts while it is ref'd);
//   3. one 'Timeout' per ref'd timer (the one whose callback runs included), one 'Immediate' per
//      ref'd immediate still to run.
// Handles are registered here by the lib/ module that owns them; requests are tracked by the bridge
// (io.node4j.runtime.Callbacks) from the moment a binding takes the callback until it has run.

const asyncWrap = internalBinding('async_wrap');

// { owner, name, hasRef } in creation order.
const handles = new Set();

// Registers a handle lib/ made for `owner` (what _getActiveHandles() shows), listed under Node's
// wrap class `name` while `hasRef()` is true. `owner` and `name` may be functions giving them when
// asked (a net handle learns its socket after it is made). Returns the function that takes it off
// the list.
function trackHandle(owner, name, hasRef) {
  const entry = { owner, name, hasRef };
  handles.add(entry);
  return () => { handles.delete(entry); };
}

// The objects _getActiveRequests() shows: one per request, of a class named as Node's, made on first
// sight and kept (by the callback the binding holds) so that two calls give the same object.
const requestClasses = new Map();
const requestObjects = new WeakMap();

function requestClass(name) {
  let cls = requestClasses.get(name);
  if (cls === undefined) {
    // A class whose name is Node's (FSReqCallback, GetAddrInfoReqWrap, WriteWrap...).
    cls = { [name]: class { constructor(oncomplete) { this.oncomplete = oncomplete; } } }[name];
    requestClasses.set(name, cls);
  }
  return cls;
}

// [infoName, className, callback, ...] from the bridge, oldest first.
function pendingRequests() {
  const flat = asyncWrap.activeRequests();
  const list = [];
  for (let i = 0; i < flat.length; i += 3) list.push({ info: flat[i], className: flat[i + 1], fn: flat[i + 2] });
  return list;
}

function refedHandles() {
  const list = [];
  for (const entry of handles) {
    if (entry.hasRef()) list.push(entry);
  }
  return list;
}

function getActiveResourcesInfo() {
  const { activeTimerCounts } = require('internal/timers');
  const names = pendingRequests().map((r) => r.info);
  for (const entry of refedHandles()) names.push(typeof entry.name === 'function' ? entry.name() : entry.name);
  const [timeouts, immediates] = activeTimerCounts();
  for (let i = 0; i < timeouts; i++) names.push('Timeout');
  for (let i = 0; i < immediates; i++) names.push('Immediate');
  return names;
}

function _getActiveHandles() {
  return refedHandles().map((entry) => (typeof entry.owner === 'function' ? entry.owner() : entry.owner));
}

function _getActiveRequests() {
  return pendingRequests().map(({ className, fn }) => {
    let req = requestObjects.get(fn);
    if (req === undefined) {
      req = new (requestClass(className))(fn);
      requestObjects.set(fn, req);
    }
    return req;
  });
}

module.exports = { trackHandle, getActiveResourcesInfo, _getActiveHandles, _getActiveRequests };
