'use strict';
// MessagePort, MessageChannel, BroadcastChannel and MessageEvent over the messaging binding, whose
// port handles carry structured clones (internal/worker/clone) between Contexts.
//
// Node's MessagePort is a NodeEventTarget: an EventTarget with EventEmitter-style helpers, where
// on('message', fn) gets the data and addEventListener('message', fn) gets a MessageEvent. Until the
// web globals' EventTarget is merged, PortEventTarget below provides that surface for ports.

const messaging = internalBinding('messaging');
const {
  serialize, deserialize, checkTransferList, dataCloneError, kTransferPort, kIsPort,
} = require('internal/worker/clone');
const {
  codes: { ERR_MISSING_ARGS, ERR_INVALID_THIS, ERR_INVALID_ARG_TYPE }, invalidArgTypeWithMessage,
} = require('internal/errors');

const kHandle = Symbol('kHandle');
const kListeners = Symbol('kListeners');
const kOnMessage = Symbol('kOnMessage');
const kStartedByListener = Symbol('kStartedByListener');
const kClosed = Symbol('kClosed');
const kName = Symbol('kName');
const kKind = Symbol('kKind');

const MESSAGE = 0;
const CLOSE = 6;

class MessageEvent {
  constructor(type, init = {}) {
    if (arguments.length === 0) throw new TypeError('The "type" argument must be specified');
    this.type = String(type);
    const { data = null, origin = '', lastEventId = '', source = null, ports = [] } = init ?? {};
    Object.defineProperties(this, {
      data: { value: data, enumerable: true },
      origin: { value: String(origin), enumerable: true },
      lastEventId: { value: String(lastEventId), enumerable: true },
      source: { value: source, enumerable: true },
      ports: { value: Object.freeze([...ports]), enumerable: true },
    });
    this.target = null;
    this.currentTarget = null;
    this.defaultPrevented = false;
    this.timeStamp = 0;
  }

  preventDefault() { this.defaultPrevented = true; }
  stopPropagation() {}
  stopImmediatePropagation() {}
}

// Listener records: { fn, event: true for addEventListener-style, once }. Ports made by wrapHandle
// skip the constructor, so these are functions of the target rather than private methods.
function add(target, type, fn, event, once) {
  let list = target[kListeners].get(type);
  if (list === undefined) target[kListeners].set(type, list = []);
  if (event && list.some((l) => l.fn === fn && l.event)) return;
  list.push({ fn, event, once });
  target.listenerAdded(type);
}

function remove(target, type, fn, event) {
  const list = target[kListeners].get(type);
  if (list === undefined) return;
  const i = list.findIndex((l) => l.fn === fn && l.event === event);
  if (i === -1) return;
  list.splice(i, 1);
  if (list.length === 0) target[kListeners].delete(type);
  target.listenerRemoved(type);
}

class PortEventTarget {
  constructor() {
    this[kListeners] = new Map();
  }

  listenerAdded() {}
  listenerRemoved() {}

  addEventListener(type, listener, options) {
    if (listener == null) return;
    const once = typeof options === 'object' && options !== null && options.once === true;
    add(this, String(type), listener, true, once);
  }

  removeEventListener(type, listener) {
    remove(this, String(type), listener, true);
  }

  dispatchEvent(event) {
    this.deliver(event.type, event, undefined);
    return !event.defaultPrevented;
  }

  // Calls each listener of `type`: event-style ones with `event`, emitter-style ones with `args`.
  deliver(type, event, args) {
    const list = this[kListeners].get(type);
    if (list === undefined) return false;
    for (const l of [...list]) {
      if (l.once) remove(this, type, l.fn, l.event);
      if (l.event) {
        if (event !== undefined) {
          if (typeof l.fn === 'function') l.fn.call(this, event);
          else l.fn.handleEvent(event);
        }
      } else {
        l.fn.apply(this, args ?? []);
      }
    }
    return true;
  }

  on(type, listener) { add(this, type, listener, false, false); return this; }
  addListener(type, listener) { return this.on(type, listener); }
  once(type, listener) { add(this, type, listener, false, true); return this; }
  off(type, listener) { remove(this, type, listener, false); return this; }
  removeListener(type, listener) { return this.off(type, listener); }
  removeAllListeners(type) {
    for (const t of type === undefined ? [...this[kListeners].keys()] : [type]) {
      const list = this[kListeners].get(t) ?? [];
      for (const l of [...list]) if (!l.event) remove(this, t, l.fn, false);
    }
    return this;
  }
  emit(type, ...args) { return this.deliver(type, undefined, args); }
  listenerCount(type) { return this[kListeners].get(type)?.length ?? 0; }
  eventNames() { return [...this[kListeners].keys()]; }
  setMaxListeners() { return this; }
  getMaxListeners() { return 10; }
}

class MessagePort extends PortEventTarget {
  constructor() {
    throw new TypeError('Illegal constructor');
  }

  postMessage(value, transfer) {
    checkPort(this);
    const list = transferListOf(transfer, arguments.length > 1);
    if (this[kClosed]) return;
    const checked = checkTransferList(list, this);
    const { data, objects } = serialize(value, checked);
    this[kHandle].post(data, objects);
  }

  start() {
    checkPort(this);
    if (!this[kClosed]) this[kHandle].start();
  }

  ref() {
    checkPort(this);
    if (!this[kClosed]) this[kHandle].ref();
  }

  unref() {
    checkPort(this);
    if (!this[kClosed]) this[kHandle].unref();
  }

  hasRef() {
    checkPort(this);
    return !this[kClosed] && this[kHandle].hasRef();
  }

  close() {
    checkPort(this);
    if (this[kClosed]) return;
    this[kHandle].close();
  }

  get onmessage() { return this[kOnMessage]?.message ?? null; }
  set onmessage(fn) { setHandler(this, 'message', fn); }
  get onmessageerror() { return this[kOnMessage]?.messageerror ?? null; }
  set onmessageerror(fn) { setHandler(this, 'messageerror', fn); }

  listenerAdded(type) {
    if (type === 'message' && !this[kClosed]) {
      this[kStartedByListener] = true;
      this[kHandle].start();
    }
  }

  listenerRemoved(type) {
    if (type === 'message' && this.listenerCount('message') === 0 && !this[kClosed]) {
      this[kHandle].stop();
    }
  }

  [kTransferPort]() {
    this[kClosed] = true;
    return this[kHandle].detach();
  }

}
Object.defineProperty(MessagePort.prototype, kIsPort, { value: true });
// Node's ports inherit EventTarget's tag.
Object.defineProperty(PortEventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

function checkPort(port) {
  if (port === null || typeof port !== 'object' || port[kHandle] === undefined) {
    throw new ERR_INVALID_THIS('MessagePort');
  }
}

function setHandler(target, type, fn) {
  const handlers = target[kOnMessage] ?? (target[kOnMessage] = {});
  if (handlers[type]) target.removeEventListener(type, handlers[type]);
  handlers[type] = typeof fn === 'function' ? fn : null;
  if (handlers[type]) target.addEventListener(type, handlers[type]);
}

// postMessage(value, transferList | { transfer }).
function transferListOf(transfer, given) {
  if (!given || transfer === undefined || transfer === null) return [];
  if (typeof transfer === 'object' && typeof transfer[Symbol.iterator] === 'function') return [...transfer];
  if (typeof transfer === 'object') {
    const list = transfer.transfer;
    if (list === undefined || list === null) return [];
    if (typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
      throw invalidArgTypeWithMessage('Optional options.transfer argument must be an iterable');
    }
    return [...list];
  }
  throw invalidArgTypeWithMessage('Optional transferList argument must be an iterable');
}

// A MessagePort object around a handle of this Context.
function wrapHandle(handle, Class = MessagePort) {
  const port = Object.create(Class.prototype);
  port[kListeners] = new Map();
  port[kHandle] = handle;
  port[kClosed] = false;
  handle.setOwner(port);
  return port;
}

function portFromEndpoint(endpoint) {
  return wrapHandle(messaging.attach(endpoint));
}

// Every port, channel and worker handle of this Context delivers here.
function onMessage(owner, kind, data, objects) {
  if (owner[kKind] !== undefined) return owner[kKind](kind, data, objects);
  if (kind === CLOSE) {
    owner[kClosed] = true;
    owner.emit('close');
    return;
  }
  let value;
  try {
    value = deserialize(data, objects, portFromEndpoint);
  } catch (err) {
    const event = new MessageEvent('messageerror', { data: err });
    owner.deliver('messageerror', event, [err]);
    return;
  }
  const ports = [];
  const event = new MessageEvent('message', { data: value, ports });
  event.target = owner;
  event.currentTarget = owner;
  owner.deliver('message', event, [value]);
}
messaging.setup(onMessage);

class MessageChannel {
  constructor() {
    const [a, b] = messaging.channel();
    this.port1 = wrapHandle(a);
    this.port2 = wrapHandle(b);
  }
}

function receiveMessageOnPort(port) {
  if (port === null || typeof port !== 'object' || port[kHandle] === undefined || port[kIsPort] !== true) {
    throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  }
  if (port[kClosed]) return undefined;
  const next = port[kHandle].receive();
  if (next === null || next === undefined) return undefined;
  return { message: deserialize(next[0], next[1], portFromEndpoint) };
}

class BroadcastChannel extends PortEventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kName] = `${name}`;
    this[kHandle] = messaging.broadcast(this[kName]);
    this[kClosed] = false;
    this[kHandle].setOwner(this);
    this[kKind] = (kind, data, objects) => {
      if (kind !== MESSAGE) return;
      let value;
      try {
        value = deserialize(data, objects, portFromEndpoint);
      } catch (err) {
        this.deliver('messageerror', new MessageEvent('messageerror', { data: err }), [err]);
        return;
      }
      const event = new MessageEvent('message', { data: value });
      event.target = this;
      event.currentTarget = this;
      this.deliver('message', event, [event]);
    };
  }

  get name() { return this[kName]; }

  postMessage(message) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kClosed]) {
      const DOMException = globalThis.DOMException;
      if (typeof DOMException === 'function') throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
      const err = new Error('BroadcastChannel is closed.');
      err.name = 'InvalidStateError';
      throw err;
    }
    const { data, objects } = serialize(message, []);
    this[kHandle].post(data, objects);
  }

  close() {
    if (this[kClosed]) return;
    this[kClosed] = true;
    this[kHandle].close();
  }

  ref() { if (!this[kClosed]) this[kHandle].ref(); return this; }
  unref() { if (!this[kClosed]) this[kHandle].unref(); return this; }

  get onmessage() { return this[kOnMessage]?.message ?? null; }
  set onmessage(fn) { setHandler(this, 'message', fn); }
  get onmessageerror() { return this[kOnMessage]?.messageerror ?? null; }
  set onmessageerror(fn) { setHandler(this, 'messageerror', fn); }

  listenerAdded(type) {
    if (type === 'message' && !this[kClosed]) this[kHandle].start();
  }

  listenerRemoved(type) {
    if (type === 'message' && this.listenerCount('message') === 0 && !this[kClosed]) this[kHandle].stop();
  }

}

module.exports = {
  MessagePort, MessageChannel, MessageEvent, BroadcastChannel, receiveMessageOnPort,
  portFromEndpoint, wrapHandle, transferListOf, kHandle, kKind, kClosed, dataCloneError,
};
