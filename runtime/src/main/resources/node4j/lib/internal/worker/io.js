'use strict';
// MessagePort, MessageChannel, BroadcastChannel and MessageEvent over the messaging binding, whose
// port handles carry structured clones (internal/worker/clone) between Contexts.
//
// As in Node, a MessagePort is a NodeEventTarget: on('message', fn) gets the data, while
// addEventListener('message', fn) and onmessage get a MessageEvent. Adding the first 'message'
// listener starts the port (and refs it); removing the last stops it.

const messaging = internalBinding('messaging');
const {
  serialize, deserialize, checkTransferList, kTransferPort, kIsPort,
} = require('internal/worker/clone');
const {
  Event, EventTarget, NodeEventTarget, defineEventHandler, initEventTarget, initNodeEventTarget,
  kNewListener, kRemoveListener, kCreateEvent, kHybridDispatch,
} = require('internal/event_target');
const {
  codes: { ERR_MISSING_ARGS, ERR_INVALID_THIS, ERR_INVALID_ARG_TYPE }, invalidArgTypeWithMessage,
} = require('internal/errors');

const kHandle = Symbol('kHandle');
const kClosed = Symbol('kClosed');
const kName = Symbol('kName');
const kKind = Symbol('kKind');
const kData = Symbol('kData');
const kUntrack = Symbol('kUntrack');

const MESSAGE = 0;
const CLOSE = 6;

// Node's MessageEvent: an Event whose data, origin, lastEventId, source and ports are read-only.
class MessageEvent extends Event {
  constructor(type, init = undefined) {
    if (arguments.length === 0) throw new TypeError('The "type" argument must be specified');
    super(type);
    const { data = null, origin = '', lastEventId = '', source = null, ports = [] } = init ?? {};
    this[kData] = {
      data, origin: `${origin}`, lastEventId: `${lastEventId}`, source, ports: Object.freeze([...ports]),
    };
  }

  get data() { return this[kData].data; }
  get origin() { return this[kData].origin; }
  get lastEventId() { return this[kData].lastEventId; }
  get source() { return this[kData].source; }
  get ports() { return this[kData].ports; }
}
for (const key of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  Object.defineProperty(MessageEvent.prototype, key, { enumerable: true });
}

// The event a port or channel makes for listeners that take events.
function createEvent(nodeValue, type) {
  if (type === 'message' || type === 'messageerror') return new MessageEvent(type, { data: nodeValue });
  return new Event(type);
}

class MessagePort extends NodeEventTarget {
  constructor() {
    // eslint-disable-next-line constructor-super
    throw new TypeError('Illegal constructor');
  }

  postMessage(value, transfer) {
    checkPort(this);
    const list = transferListOf(transfer, arguments.length > 1);
    if (this[kClosed] || this[kHandle].isClosed()) return;
    const checked = checkTransferList(list, this);
    const { data, objects } = serialize(value, checked);
    this[kHandle].post(data, objects);
    return true;
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

  [kNewListener](size, type, ...rest) {
    super[kNewListener](size, type, ...rest);
    // The first 'message' listener starts the port and refs it; the last one gone stops and unrefs it.
    if (type === 'message' && size === 1 && !this[kClosed]) {
      this[kHandle].start();
      this[kHandle].ref();
    }
  }

  [kRemoveListener](size, type, ...rest) {
    super[kRemoveListener](size, type, ...rest);
    if (type === 'message' && size === 0 && !this[kClosed]) {
      this[kHandle].stop();
      this[kHandle].unref();
    }
  }

  [kCreateEvent](nodeValue, type) {
    return createEvent(nodeValue, type);
  }

  [kTransferPort]() {
    this[kClosed] = true;
    return this[kHandle].detach();
  }
}
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
Object.defineProperty(MessagePort.prototype, kIsPort, { value: true });

function checkPort(port) {
  if (port === null || typeof port !== 'object' || port[kHandle] === undefined || port[kIsPort] !== true) {
    throw new ERR_INVALID_THIS('MessagePort');
  }
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

// A MessagePort object around a handle of this Context; `tracked`: listed by
// process.getActiveResourcesInfo() while ref'd (not a Worker's own port, which Node does not list).
function wrapHandle(handle, tracked = true) {
  const port = Object.create(MessagePort.prototype);
  initEventTarget(port);
  initNodeEventTarget(port);
  port[kHandle] = handle;
  port[kClosed] = false;
  // Node's ports listen to their own newListener/removeListener (to start and stop); they show in
  // eventNames(). Here the kNewListener hooks do that work, and these stay empty.
  port.on('newListener', function newListener() {});
  port.on('removeListener', function removeListener() {});
  handle.setOwner(port);
  // A ref'd port (one with 'message' listeners, or ref()'d) is a handle process.getActiveResourcesInfo()
  // lists, until it has closed.
  if (tracked) {
    port[kUntrack] = require('internal/process/active_resources')
      .trackHandle(port, 'MessagePort', () => handle.hasRef());
  }
  return port;
}

function portFromEndpoint(endpoint) {
  return wrapHandle(messaging.attach(endpoint));
}

// Every port, channel and worker handle of this Context delivers here.
function onMessage(owner, kind, data, objects) {
  if (owner[kKind] !== undefined) {
    owner[kKind](kind, data, objects);
    return;
  }
  if (kind === CLOSE) {
    owner[kClosed] = true;
    owner[kUntrack]?.();
    owner[kHybridDispatch](undefined, 'close');
    return;
  }
  let value;
  try {
    value = deserialize(data, objects, portFromEndpoint);
  } catch (err) {
    owner[kHybridDispatch](err, 'messageerror');
    return;
  }
  owner[kHybridDispatch](value, 'message');
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

// A BroadcastChannel is an EventTarget (listeners get MessageEvents) in a process-wide group of its
// name: what one member posts, every other member in any thread receives.
class BroadcastChannel extends EventTarget {
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
        this[kHybridDispatch](err, 'messageerror');
        return;
      }
      this[kHybridDispatch](value, 'message');
    };
  }

  get name() { return this[kName]; }

  postMessage(message) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kClosed]) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
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

  [kNewListener](size, type, ...rest) {
    super[kNewListener](size, type, ...rest);
    // The first 'message' listener starts the port and refs it; the last one gone stops and unrefs it.
    if (type === 'message' && size === 1 && !this[kClosed]) {
      this[kHandle].start();
      this[kHandle].ref();
    }
  }

  [kRemoveListener](size, type, ...rest) {
    super[kRemoveListener](size, type, ...rest);
    if (type === 'message' && size === 0 && !this[kClosed]) {
      this[kHandle].stop();
      this[kHandle].unref();
    }
  }

  [kCreateEvent](nodeValue, type) {
    return createEvent(nodeValue, type);
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = {
  MessagePort, MessageChannel, MessageEvent, BroadcastChannel, receiveMessageOnPort,
  portFromEndpoint, wrapHandle, transferListOf, kHandle, kKind, kClosed,
};
