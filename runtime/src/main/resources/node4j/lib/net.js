'use strict';
// node:net. Sockets (internal/net/socket) and servers over the loop's TCP sockets and Unix-domain
// sockets (internal/net/handles), the address helpers (isIP, BlockList, SocketAddress) and the
// autoSelectFamily defaults.
//
// A server listens on one handle; each accepted connection becomes a Socket ('connection', in the
// poll phase). 'listening', 'close' and listen errors come on a tick, as in Node. Without a host,
// listen() binds '::' (dual stack), falling back to '0.0.0.0' where IPv6 is missing.

const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING,
  },
  errnoException, exceptionWithHostPort, uvExceptionWithHostPort,
} = require('internal/errors');
const clusterState = require('internal/cluster/state');
const { validateAbortSignal, validateNumber, validatePort } = require('internal/validators');
const { isIP, isIPv4, isIPv6 } = require('internal/net');
const { TCP, Pipe, TCPConstants, PipeConstants, owner_symbol } = require('internal/net/handles');
const { Socket, normalizeArgs, isPipeName, toNumber } = require('internal/net/socket');
const {
  kSetNoDelay, kSetKeepAlive, kSetKeepAliveInitialDelay, getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily, getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
} = require('internal/net/connect');
const { asyncIdSymbol, defaultTriggerAsyncIdScope } = require('internal/async_hooks');
const { getDefaultHighWaterMark } = require('internal/streams/state');
const dc = require('diagnostics_channel');

// Node's diagnostics channels: each accepted socket, and the listen() of a server (asyncStart with
// its options, then asyncEnd once listening or error when it failed).
const netServerSocketChannel = dc.channel('net.server.socket');
const netServerListen = dc.tracingChannel('net.server.listen');
const kListenOptions = Symbol('kListenOptions');

const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// connect(options[, cb]), connect(path[, cb]), connect(port[, host][, cb]).
function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// ------------------------------------------------------------------------------------------------
// Server

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (options.highWaterMark !== undefined) {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = getDefaultHighWaterMark();
  }

  this._connections = 0;
  this[asyncIdSymbol] = -1;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? getDefaultHighWaterMark();
  if (options.blockList) {
    const { BlockList } = require('internal/blocklist');
    if (!BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

// listen(port[, host][, backlog][, cb]), listen(path[, backlog][, cb]), listen(options[, cb]),
// listen(handle[, backlog][, cb]).
Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);

  options = options._handle || options.handle || options;
  this[kListenOptions] = options;
  const flags = listenFlags(options);
  // A listen() still looking up its host is superseded by this one.
  this._listeningId++;

  if (options instanceof TCP || options instanceof Pipe) {
    this._handle = options;
    this[asyncIdSymbol] = this._handle.getAsyncId();
    this._listen2(null, -1, -1, backlogFromArgs);
    return this;
  }
  watchAbortSignal(this, options);
  if (typeof options.fd === 'number' && options.fd >= 0) {
    const { ERR_FEATURE_UNAVAILABLE_ON_PLATFORM } = require('internal/errors').codes;
    throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('server.listen({ fd })');
  }

  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    const backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, flags, options.exclusive);
    } else {
      listenInCluster(this, null, options.port | 0, 4, backlog, undefined, options.exclusive, flags);
    }
    return this;
  }

  if (options.path && isPipeName(options.path)) {
    const pipeName = this._pipeName = options.path;
    const backlog = options.backlog || backlogFromArgs;
    this._listen2(pipeName, -1, -1, backlog);
    if (!this._handle) return this; // the error comes on a tick
    clusterState.child?._reportListening(this, { address: pipeName, port: -1, addressType: -1 });
    let mode = 0;
    if (options.readableAll === true) mode |= PipeConstants.UV_READABLE;
    if (options.writableAll === true) mode |= PipeConstants.UV_WRITABLE;
    if (mode !== 0) {
      const err = this._handle.fchmod(mode);
      if (err) {
        this._handle.close();
        this._handle = null;
        throw errnoException(err, 'uv_pipe_chmod');
      }
    }
    return this;
  }

  if (!('port' in options || 'path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function listenFlags(options) {
  let flags = 0;
  if (options.ipv6Only === true) flags |= TCPConstants.UV_TCP_IPV6ONLY;
  if (options.reusePort === true) flags |= TCPConstants.UV_TCP_REUSEPORT;
  return flags;
}

function watchAbortSignal(server, options) {
  if (options?.signal === undefined) return;
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => server.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted, { once: true });
    server.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

function lookupAndListen(server, port, address, backlog, flags, exclusive) {
  const dns = require('dns');
  const listeningId = server._listeningId;
  dns.lookup(address, (err, ip, addressType) => {
    if (listeningId !== server._listeningId) return;
    if (err) {
      server.emit('error', err);
    } else {
      listenInCluster(server, ip, port, ip ? addressType : 4, backlog, undefined, exclusive, flags);
    }
  });
}

// In a cluster worker, a TCP server shares its address with the other workers: the primary reserves
// the address (and picks the port for port 0), then this worker binds it with SO_REUSEPORT and
// listens (internal/cluster/primary tells why). exclusive: true, and every server outside a worker,
// listen on their own.
function listenInCluster(server, address, port, addressType, backlog, fd, exclusive, flags) {
  const cluster = clusterState.child;
  if (cluster === null || exclusive) {
    server._listen2(address, port, addressType, backlog, fd, flags);
    return;
  }
  const listeningId = server._listeningId;
  cluster._getServer(server, { address, port, addressType, fd, flags }, (errno, reserved) => {
    if (listeningId !== server._listeningId) return;
    if (errno) {
      server.emit('error', exceptionWithHostPort(errno, 'bind', address, port));
      return;
    }
    server._listen2(reserved.address, reserved.port, reserved.addressType, backlog, fd,
                    flags | TCPConstants.UV_TCP_REUSEPORT);
  });
}

// A bound server handle, or the negative errno of the bind. Without an address a TCP server binds
// '::' and falls back to '0.0.0.0'; a path makes a pipe server.
function createServerHandle(address, port, addressType, fd, flags) {
  let handle;
  let isTCP = false;
  if (port === -1 && addressType === -1) {
    handle = new Pipe(PipeConstants.SERVER);
  } else {
    handle = new TCP(TCPConstants.SERVER);
    isTCP = true;
  }
  let err = 0;
  if (address || port || isTCP) {
    if (!address) {
      err = handle.bind6(DEFAULT_IPV6_ADDR, port, flags);
      if (err) {
        handle.close();
        return createServerHandle(DEFAULT_IPV4_ADDR, port);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags);
    } else if (isTCP) {
      err = handle.bind(address, port, flags);
    } else {
      err = handle.bind(address);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

Server.prototype._listen2 = function setupListenHandle(address, port, addressType, backlog, fd, flags) {
  if (netServerListen.hasSubscribers) {
    netServerListen.asyncStart.publish({ server: this, options: this[kListenOptions] });
  }
  if (!this._handle) {
    let result = null;
    if (!address && typeof fd !== 'number') {
      // Probe IPv6: where it is missing, the server takes IPv4's wildcard.
      result = createServerHandle(DEFAULT_IPV6_ADDR, port, 6, fd, flags);
      if (typeof result === 'number') {
        result = null;
        address = DEFAULT_IPV4_ADDR;
        addressType = 4;
      } else {
        address = DEFAULT_IPV6_ADDR;
        addressType = 6;
      }
    }
    if (result === null) result = createServerHandle(address, port, addressType, fd, flags);
    if (typeof result === 'number') {
      const error = uvExceptionWithHostPort(result, 'listen', address, port);
      if (netServerListen.hasSubscribers) netServerListen.error.publish({ server: this, error });
      process.nextTick(emitErrorNT, this, error);
      return;
    }
    this._handle = result;
  }
  this[asyncIdSymbol] = this._handle.getAsyncId();
  this._handle.onconnection = onconnection;
  this._handle[owner_symbol] = this;
  // The kernel rounds the backlog up to a power of two: 511 gives 512 entries.
  const err = this._handle.listen(backlog || 511);
  if (err) {
    const ex = uvExceptionWithHostPort(err, 'listen', address, port);
    this._handle.close();
    this._handle = null;
    if (netServerListen.hasSubscribers) netServerListen.error.publish({ server: this, error: ex });
    defaultTriggerAsyncIdScope(this[asyncIdSymbol], process.nextTick, emitErrorNT, this, ex);
    return;
  }
  if (netServerListen.hasSubscribers) netServerListen.asyncEnd.publish({ server: this });
  this._connectionKey = `${addressType}:${address}:${port}`;
  if (this._unref) this.unref();
  defaultTriggerAsyncIdScope(this[asyncIdSymbol], process.nextTick, emitListeningNT, this);
};

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

// handle.onconnection: `this` is the server's handle.
function onconnection(err, clientHandle) {
  const self = this[owner_symbol];
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    dropConnection(self, clientHandle);
    return;
  }
  if (self.blockList && typeof clientHandle.getpeername === 'function') {
    const remote = { __proto__: null };
    clientHandle.getpeername(remote);
    const family = isIP(remote.address);
    if (family && self.blockList.check(remote.address, `ipv${family}`)) {
      clientHandle.close();
      return;
    }
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark,
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
  if (netServerSocketChannel.hasSubscribers) netServerSocketChannel.publish({ socket });
}

// Over maxConnections: the connection is closed at once and 'drop' says who it was.
function dropConnection(self, clientHandle) {
  if (clientHandle.getsockname || clientHandle.getpeername) {
    const data = { __proto__: null };
    if (clientHandle.getsockname) {
      const local = { __proto__: null };
      clientHandle.getsockname(local);
      data.localAddress = local.address;
      data.localPort = local.port;
      data.localFamily = local.family;
    }
    if (clientHandle.getpeername) {
      const remote = { __proto__: null };
      clientHandle.getpeername(remote);
      data.remoteAddress = remote.address;
      data.remotePort = remote.port;
      data.remoteFamily = remote.family;
    }
    self.emit('drop', data);
  } else {
    self.emit('drop');
  }
  clientHandle.close();
}

Server.prototype.address = function() {
  if (this._handle && this._handle.getsockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) throw errnoException(err, 'address');
    return out;
  }
  if (this._pipeName) return this._pipeName;
  return null;
};

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null,
  get() { return !!(this._handle && this._connectionKey); },
  configurable: true,
  enumerable: true,
});

Server.prototype.getConnections = function(cb) {
  const self = this;
  defaultTriggerAsyncIdScope(self[asyncIdSymbol], process.nextTick, cb, null, this._connections);
  return this;
};

Server.prototype.close = function(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() {
        cb(new ERR_SERVER_NOT_RUNNING());
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  // A listen() still looking up its host is called off.
  this._listeningId++;
  this._emitCloseIfDrained();
  return this;
};

Server.prototype[Symbol.asyncDispose] = async function() {
  if (!this._handle) return;
  await new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  defaultTriggerAsyncIdScope(this[asyncIdSymbol], process.nextTick, emitCloseNT, this);
};

function emitCloseNT(self) {
  self.emit('close');
}

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  switch (event) {
    case 'connection':
      sock.destroy(err);
      break;
    default:
      this.emit('error', err);
  }
};

Server.prototype._setupWorker = function() {};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

// ------------------------------------------------------------------------------------------------

function _createServerHandle(address, port, addressType, fd, flags) {
  return createServerHandle(address, port, addressType, fd, flags);
}

let blocklist;
function lazyBlocklist() {
  blocklist ??= require('internal/blocklist');
  return blocklist;
}

let socketaddress;
function lazySocketAddress() {
  socketaddress ??= require('internal/socketaddress');
  return socketaddress;
}

module.exports = {
  _createServerHandle,
  _normalizeArgs: normalizeArgs,
  get BlockList() { return lazyBlocklist().BlockList; },
  get SocketAddress() { return lazySocketAddress().SocketAddress; },
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
