'use strict';
// The handles under net's sockets and servers: JS objects shaped as Node's tcp_wrap and pipe_wrap
// handles (TCP, Pipe), each over a Java handle of internalBinding('tcp_wrap') or ('pipe_wrap').
// Methods return 0 or a negative errno. Results come back through onread(nread, buffer) and
// onconnection(status, clientHandle), called with the handle as `this`, and through the callback a
// request was given (connect, write, shutdown: callback(status)). The JS handle is the resource
// async_hooks see for the handle's own provider (TCPWRAP, TCPSERVERWRAP, PIPEWRAP, PIPESERVERWRAP).

const { FastBuffer } = require('internal/buffer/core');

const tcpBinding = internalBinding('tcp_wrap');
const pipeBinding = internalBinding('pipe_wrap');

// The socket or server a handle belongs to (Node keeps the same symbol on its handles).
const owner_symbol = Symbol('owner_symbol');

const UV_EOF = -4095;
const UV_EINVAL = -22;
const UV_ENOTCONN = -107;
const UV_EBADF = -9;
const UV_EPIPE = -32;

const TCPConstants = Object.freeze({ SOCKET: 0, SERVER: 1, UV_TCP_IPV6ONLY: 1, UV_TCP_REUSEPORT: 2 });
// node4j's own bind flag (the loop's Tcp.RESERVE): hold the address with a socket that never listens.
const TCP_RESERVE = 4;
const PipeConstants = Object.freeze({ SOCKET: 0, SERVER: 1, IPC: 2, UV_READABLE: 1, UV_WRITABLE: 2 });

const kRaw = Symbol('kRaw');
const kAsyncId = Symbol('kAsyncId');
const kUntrack = Symbol('kUntrack');

function noop() {}

// Every handle is listed by process.getActiveResourcesInfo() under its resource name while ref'd,
// for its socket or server in _getActiveHandles(), until its close is done.
function trackHandle(handle) {
  handle[kUntrack] = require('internal/process/active_resources').trackHandle(
    () => handle[owner_symbol] ?? handle, () => handle.getResourceName(), () => handle.hasRef());
}

function closeTracked(handle, callback) {
  return () => {
    handle[kUntrack]();
    if (typeof callback === 'function') callback();
  };
}

// What TCP and Pipe share: Node's LibuvStreamWrap.
class StreamHandle {
  constructor(raw, provider) {
    this.reading = false;
    this.onread = noop;
    this.onconnection = null;
    this[owner_symbol] = null;
    this[kRaw] = raw;
    this[kAsyncId] = raw.init(provider, this, (bytes, nread) => {
      this.onread(nread, nread > 0 ? new FastBuffer(raw.arrayBuffer(bytes)) : undefined);
    });
    trackHandle(this);
  }

  getAsyncId() {
    return this[kAsyncId];
  }

  getProviderType() {
    return this[kRaw].provider();
  }

  // The name process.getActiveResourcesInfo() gives this handle ('TCPSocketWrap', 'TCPServerWrap',
  // 'PipeWrap').
  getResourceName() {
    return this[kRaw].resourceName();
  }

  isActive() {
    return this[kRaw].isActive();
  }

  readStart() {
    return this[kRaw].readStart();
  }

  readStop() {
    return this[kRaw].readStop();
  }

  // 0: written now; 1: queued, callback(status) later; < 0: failed now.
  writeBuffer(buffer, callback) {
    return this[kRaw].writeBuffer(buffer.buffer, buffer.byteOffset, buffer.byteLength, callback);
  }

  writev(buffers, callback) {
    return this[kRaw].writev(buffers, callback);
  }

  shutdown(callback) {
    return this[kRaw].shutdown(callback);
  }

  close(callback) {
    this[kRaw].close(closeTracked(this, callback));
  }

  ref() {
    this[kRaw].ref();
  }

  unref() {
    this[kRaw].unref();
  }

  hasRef() {
    return this[kRaw].hasRef();
  }

  get bytesRead() {
    return this[kRaw].bytesRead();
  }

  get bytesWritten() {
    return this[kRaw].bytesWritten();
  }

  get writeQueueSize() {
    return this[kRaw].writeQueueSize();
  }

  // Descriptors are the JVM's: node4j has none to give.
  get fd() {
    return -1;
  }

  // Starts listening; each connection reaches this.onconnection(status, handle) with a new handle of
  // the same class.
  listen(backlog) {
    const Kind = this.constructor;
    return this[kRaw].listen(backlog, (status, clientRaw) => {
      const client = status === 0 ? new Kind(clientRaw) : undefined;
      this.onconnection(status, client);
    });
  }
}

class TCP extends StreamHandle {
  // new TCP(TCPConstants.SOCKET | SERVER), or (internally) around an accepted connection's raw handle.
  constructor(typeOrRaw) {
    const raw = typeof typeOrRaw === 'number' ? tcpBinding.create() : typeOrRaw;
    super(raw, typeOrRaw === TCPConstants.SERVER ? 'TCPSERVERWRAP' : 'TCPWRAP');
  }

  bind(address, port, flags = 0) {
    return this[kRaw].bind(address, port, flags);
  }

  bind6(address, port, flags = 0) {
    return this[kRaw].bind(address, port, flags);
  }

  connect(address, port, callback) {
    return this[kRaw].connect(address, port, callback);
  }

  connect6(address, port, callback) {
    return this[kRaw].connect(address, port, callback);
  }

  getsockname(out) {
    return fillAddress(this[kRaw].getsockname(), out);
  }

  getpeername(out) {
    return fillAddress(this[kRaw].getpeername(), out);
  }

  setNoDelay(enable) {
    return this[kRaw].setNoDelay(!!enable);
  }

  setKeepAlive(enable, delaySeconds) {
    return this[kRaw].setKeepAlive(!!enable, delaySeconds | 0);
  }

  setTypeOfService(tos) {
    return this[kRaw].setTypeOfService(tos);
  }

  getTypeOfService() {
    return this[kRaw].getTypeOfService();
  }

  // Closes with RST instead of FIN; callback in the close phase.
  reset(callback) {
    return this[kRaw].reset(typeof callback === 'function' ? callback : null);
  }

  open() {
    return UV_EINVAL;
  }

  setSimultaneousAccepts() {}
}

function fillAddress(result, out) {
  if (typeof result === 'number') return result;
  out.address = result[0];
  out.family = result[1];
  out.port = result[2];
  return 0;
}

class Pipe extends StreamHandle {
  // new Pipe(PipeConstants.SOCKET | SERVER | IPC), or around an accepted connection's raw handle.
  constructor(typeOrRaw) {
    const raw = typeof typeOrRaw === 'number' ? pipeBinding.create() : typeOrRaw;
    super(raw, typeOrRaw === PipeConstants.SERVER ? 'PIPESERVERWRAP' : 'PIPEWRAP');
  }

  bind(path) {
    return this[kRaw].bind(path);
  }

  connect(path, callback) {
    return this[kRaw].connect(path, callback);
  }

  fchmod(mode) {
    return this[kRaw].fchmod(mode);
  }

  open() {
    return UV_EINVAL;
  }

  setPendingInstances() {}
}

// A child process's stdio pipe (an Input or Output of internalBinding('process_wrap'), read and
// written by the loop's process pipes) in the shape of a Pipe handle, so that child_process's
// stdio streams are net.Sockets, as in Node. Writes always complete later (the pipe has no
// synchronous write), reads deliver Buffers, the end comes as UV_EOF.
class ChildPipe {
  constructor(raw) {
    this.reading = false;
    this.onread = noop;
    this[owner_symbol] = null;
    this[kRaw] = raw;
    this.bytesRead = 0;
    this.bytesWritten = 0;
    trackHandle(this);
  }

  hasRef() {
    return typeof this[kRaw].hasRef === 'function' && this[kRaw].hasRef();
  }

  getAsyncId() {
    return this[kRaw].asyncId();
  }

  getProviderType() {
    return 'PIPEWRAP';
  }

  getResourceName() {
    return 'PipeWrap';
  }

  readStart() {
    if (typeof this[kRaw].readStart !== 'function') return UV_ENOTCONN; // the write end of a pipe
    this[kRaw].readStart((arrayBuffer) => {
      const buffer = new FastBuffer(new ArrayBuffer(arrayBuffer));
      this.bytesRead += buffer.length;
      this.onread(buffer.length, buffer);
    }, (report) => {
      this.onread(report ? report.errno : UV_EOF, undefined);
    });
    return 0;
  }

  readStop() {
    if (typeof this[kRaw].readStop === 'function') this[kRaw].readStop();
    return 0;
  }

  writeBuffer(buffer, callback) {
    if (typeof this[kRaw].write !== 'function') return UV_EPIPE; // the read end of a pipe
    this.bytesWritten += buffer.length;
    this[kRaw].write(buffer, (report) => callback(report ? report.errno : 0));
    return 1;
  }

  writev(buffers, callback) {
    const { Buffer } = require('buffer');
    return this.writeBuffer(Buffer.concat(buffers), callback);
  }

  shutdown(callback) {
    if (typeof this[kRaw].shutdown !== 'function') return UV_ENOTCONN; // nothing to shut down
    this[kRaw].shutdown((report) => callback(report ? report.errno : 0));
    return 0;
  }

  close(callback) {
    this[kRaw].close(closeTracked(this, callback));
  }

  ref() {
    this[kRaw].ref();
  }

  unref() {
    this[kRaw].unref();
  }

  get writeQueueSize() {
    return typeof this[kRaw].writeQueueSize === 'function' ? this[kRaw].writeQueueSize() : 0;
  }

  get fd() {
    return -1;
  }
}

module.exports = {
  TCP, Pipe, ChildPipe, TCPConstants, PipeConstants, owner_symbol, UV_EOF, UV_EINVAL, UV_ENOTCONN,
  UV_EBADF, TCP_RESERVE,
};
