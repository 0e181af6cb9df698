'use strict';
// How a net.Socket connects (internal/net/socket calls in here): a path connects its pipe; an IP
// address connects on the next tick; a host name is looked up first ('lookup'). With autoSelectFamily
// (and no family or local address given) every looked-up address is tried in turn, the families
// taking turns (happy eyeballs): each attempt is announced ('connectionAttempt'), one that fails or
// outlasts autoSelectFamilyAttemptTimeout gives way to the next on a fresh handle
// ('connectionAttemptFailed', 'connectionAttemptTimeout'), and when all fail the socket is destroyed
// with an AggregateError of their errors. Once connected, the options asked for before (noDelay,
// keepAlive, type of service) are applied to the socket.

const {
  codes: {
    ERR_INVALID_IP_ADDRESS, ERR_INVALID_ADDRESS_FAMILY, ERR_INVALID_ARG_TYPE, ERR_IP_BLOCKED,
    ERR_SOCKET_CONNECTION_TIMEOUT,
  },
  exceptionWithHostPort,
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInt32, validateNumber, validatePort, validateString,
} = require('internal/validators');
const { isIP } = require('internal/net');
const { TCP } = require('internal/net/handles');
const { asyncIdSymbol, defaultTriggerAsyncIdScope } = require('internal/async_hooks');
const { Timeout, clearTimeout } = require('internal/timers');

// What connected() applies once the connection is up (set by the socket before, or by the server).
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kSetTOS = Symbol('kSetTOS');
// The socket's method that puts a fresh handle in place of one whose connect failed.
const kReinitializeHandle = Symbol('kReinitializeHandle');
const kAttemptTimer = Symbol('kAttemptTimer');

const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';

// ------------------------------------------------------------------------------------------------
// The process-wide defaults of autoSelectFamily (Node 24: on, 250 ms per attempt).

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeoutDefault = value < 10 ? 10 : value;
}

// ------------------------------------------------------------------------------------------------
// Name lookup

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
    default: return family;
  }
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamilyAttemptTimeout, autoSelectFamily } = options;

  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (autoSelectFamilyAttemptTimeout < 10) autoSelectFamilyAttemptTimeout = 10;
  } else {
    autoSelectFamilyAttemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  const addressType = isIP(host);
  if (addressType) {
    defaultTriggerAsyncIdScope(self[asyncIdSymbol], process.nextTick, () => {
      if (self.connecting) {
        defaultTriggerAsyncIdScope(self[asyncIdSymbol], internalConnect, self, host, port, addressType,
                                   localAddress, localPort);
      }
    });
    return;
  }

  if (options.host !== undefined && options.host !== null) validateString(options.host, 'options.host');
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dns = require('dns');
  const dnsopts = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) {
    dnsopts.hints = dns.ADDRCONFIG;
  }
  const lookup = options.lookup || dns.lookup;
  self._host = host;

  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress && autoSelectFamily) {
    dnsopts.all = true;
    defaultTriggerAsyncIdScope(self[asyncIdSymbol], () => {
      lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localAddress, localPort,
                               autoSelectFamilyAttemptTimeout);
    });
    return;
  }

  defaultTriggerAsyncIdScope(self[asyncIdSymbol], () => {
    lookup(host, dnsopts, function emitLookup(err, ip, family) {
      self.emit('lookup', err, ip, family, host);
      if (!self.connecting) return;
      if (err) {
        process.nextTick(connectErrorNT, self, err);
      } else if (!isIP(ip)) {
        process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(ip));
      } else if (family !== 4 && family !== 6) {
        process.nextTick(connectErrorNT, self,
                         new ERR_INVALID_ADDRESS_FAMILY(family, options.host, options.port));
      } else {
        self._unrefTimer();
        defaultTriggerAsyncIdScope(self[asyncIdSymbol], internalConnect, self, ip, port, family,
                                   localAddress, localPort);
      }
    });
  });
}

function lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localAddress, localPort,
                                  timeout) {
  lookup(host, dnsopts, function emitLookup(err, addresses) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(connectErrorNT, self, err);
      return;
    }
    if (!Array.isArray(addresses)) {
      // A custom lookup that ignored `all`: one address.
      addresses = [{ address: addresses, family: arguments[2] }];
    }
    const valid = [[], []];
    let invalid = null;
    for (const { address, family } of addresses) {
      self.emit('lookup', null, address, family, host);
      if (!isIP(address)) invalid ??= new ERR_INVALID_IP_ADDRESS(address);
      else if (family === 4) valid[0].push(address);
      else if (family === 6) valid[1].push(address);
      else invalid ??= new ERR_INVALID_ADDRESS_FAMILY(family, options.host, options.port);
    }
    if (!self.connecting) return;
    if (valid[0].length + valid[1].length === 0) {
      process.nextTick(connectErrorNT, self, invalid ?? new ERR_INVALID_IP_ADDRESS(undefined));
      return;
    }
    if (addresses.length === 1) {
      const { address, family } = addresses[0];
      self._unrefTimer();
      defaultTriggerAsyncIdScope(self[asyncIdSymbol], internalConnect, self, address, port, family,
                                 localAddress, localPort);
      return;
    }
    // Happy eyeballs: the families take turns, the first address's family first.
    const firstFamily = addresses[0].family === 6 ? 1 : 0;
    const order = [];
    const first = valid[firstFamily];
    const second = valid[1 - firstFamily];
    for (let i = 0; i < Math.max(first.length, second.length); i++) {
      if (i < first.length) order.push([first[i], firstFamily === 1 ? 6 : 4]);
      if (i < second.length) order.push([second[i], firstFamily === 1 ? 4 : 6]);
    }
    const context = {
      socket: self, addresses: order, current: 0, port, localPort, timeout, errors: [],
    };
    self._unrefTimer();
    self.autoSelectFamilyAttemptedAddresses = [];
    defaultTriggerAsyncIdScope(self[asyncIdSymbol], internalConnectMultiple, context);
  });
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress ||= DEFAULT_IPV4_ADDR;
      err = self._handle.bind(localAddress, localPort);
    } else {
      localAddress ||= DEFAULT_IPV6_ADDR;
      err = self._handle.bind6(localAddress, localPort, 0);
    }
    if (err) {
      self.destroy(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  if (addressType === 4 || addressType === 6) {
    if (self.blockList?.check(address, `ipv${addressType}`)) {
      self.destroy(new ERR_IP_BLOCKED(address));
      return;
    }
    self.emit('connectionAttempt', address, port, addressType);
    const handle = self._handle;
    err = handle.connect(address, port, (status) => {
      afterConnect(self, handle, status, address, port, addressType, localAddress, localPort);
    });
  } else {
    const handle = self._handle;
    err = handle.connect(address, (status) => afterConnect(self, handle, status, address));
  }
  if (err) {
    const sockname = self._getsockname();
    let details;
    if (sockname.address !== undefined) details = `${sockname.address}:${sockname.port}`;
    const ex = exceptionWithHostPort(err, 'connect', address, port, details);
    self.destroy(ex);
  }
}

function afterConnect(self, handle, status, address, port, addressType, localAddress, localPort) {
  if (self.destroyed || handle !== self._handle) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    connected(self);
    return;
  }
  let details;
  if (localAddress && localPort) details = `${localAddress}:${localPort}`;
  const ex = exceptionWithHostPort(status, 'connect', address, port, details);
  if (details) {
    ex.localAddress = localAddress;
    ex.localPort = localPort;
  }
  if (addressType === 4 || addressType === 6) {
    self.emit('connectionAttemptFailed', address, port, addressType, ex);
  }
  self.destroy(ex);
}

// The connection is up: apply what was asked before it, tell the world, start reading.
function connected(self) {
  const handle = self._handle;
  self._unrefTimer();
  if (self[kSetNoDelay] && handle.setNoDelay) handle.setNoDelay(true);
  if (self[kSetKeepAlive] && handle.setKeepAlive) {
    handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
  }
  if (self[kSetTOS] !== undefined && handle.setTypeOfService) handle.setTypeOfService(self[kSetTOS]);
  self.emit('connect');
  self.emit('ready');
  if (self.readable && !self.isPaused()) self.read(0);
}

// One attempt of the happy-eyeballs list; the next starts when it fails or when its timer fires.
function internalConnectMultiple(context, canceled) {
  clearAttemptTimer(context.socket);
  const self = context.socket;
  if (self.destroyed) return;
  if (context.current === context.addresses.length) {
    if (canceled) return;
    if (context.errors.length === 1) {
      self.destroy(context.errors[0]);
      return;
    }
    const error = new AggregateError(context.errors);
    error.code = context.errors[0]?.code ?? 'ETIMEDOUT';
    self.destroy(error);
    return;
  }
  const [address, family] = context.addresses[context.current++];
  const { port, localPort } = context;
  let localAddress;
  let err;
  if (localPort) {
    localAddress = family === 4 ? DEFAULT_IPV4_ADDR : DEFAULT_IPV6_ADDR;
    err = self._handle.bind(localAddress, localPort, 0);
    if (err) {
      context.errors.push(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      internalConnectMultiple(context);
      return;
    }
  }
  if (self.blockList?.check(address, `ipv${family}`)) {
    context.errors.push(new ERR_IP_BLOCKED(address));
    internalConnectMultiple(context);
    return;
  }
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  self.emit('connectionAttempt', address, port, family);
  const handle = self._handle;
  err = handle.connect(address, port, (status) => {
    afterConnectMultiple(context, handle, status, address, family, localAddress);
  });
  if (err) {
    const sockname = self._getsockname();
    let details;
    if (sockname.address !== undefined) details = `${sockname.address}:${sockname.port}`;
    const ex = exceptionWithHostPort(err, 'connect', address, port, details);
    context.errors.push(ex);
    self.emit('connectionAttemptFailed', address, port, family, ex);
    internalConnectMultiple(context);
    return;
  }
  if (context.current < context.addresses.length) {
    self[kAttemptTimer] = new Timeout(() => onAttemptTimeout(context, address, family),
                                      context.timeout, undefined, false, false);
  }
}

function clearAttemptTimer(self) {
  if (self[kAttemptTimer]) {
    clearTimeout(self[kAttemptTimer]);
    self[kAttemptTimer] = null;
  }
}

function afterConnectMultiple(context, handle, status, address, family, localAddress) {
  const self = context.socket;
  if (self.destroyed || handle !== self._handle) return;
  if (status === 0) {
    clearAttemptTimer(self);
    self.connecting = false;
    self._sockname = null;
    connected(self);
    return;
  }
  let details;
  if (localAddress && context.localPort) details = `${localAddress}:${context.localPort}`;
  const ex = exceptionWithHostPort(status, 'connect', address, context.port, details);
  context.errors.push(ex);
  self.emit('connectionAttemptFailed', address, context.port, family, ex);
  // A fresh handle for the next address (the failed socket cannot connect again).
  self[kReinitializeHandle](new TCP(0));
  internalConnectMultiple(context, false);
}

function onAttemptTimeout(context, address, family) {
  const self = context.socket;
  self[kAttemptTimer] = null;
  if (self.destroyed || !self.connecting) return;
  self.emit('connectionAttemptTimeout', address, context.port, family);
  context.errors.push(new ERR_SOCKET_CONNECTION_TIMEOUT());
  self[kReinitializeHandle](new TCP(0));
  internalConnectMultiple(context, true);
}

module.exports = {
  lookupAndConnect, internalConnect, clearAttemptTimer, kSetNoDelay, kSetKeepAlive,
  kSetKeepAliveInitialDelay, kSetTOS, kReinitializeHandle, getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily, getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
