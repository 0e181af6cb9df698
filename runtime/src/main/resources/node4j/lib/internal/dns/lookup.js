'use strict';
// dns.lookup and dns.lookupService (getaddrinfo/getnameinfo on the thread pool), shared by the
// callback and promise forms, plus the process-wide default result order.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_SOCKET_BAD_PORT },
} = require('internal/errors');
const { validateBoolean, validateNumber, validateOneOf, validateString } = require('internal/validators');
const { binding, isIP } = require('internal/dns/resolver');

const ADDRCONFIG = 32;
const V4MAPPED = 8;
const ALL = 16;
const kOrders = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultOrder = 'verbatim';

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', kOrders);
  defaultOrder = order;
}

function getDefaultResultOrder() {
  return defaultOrder;
}

function lookupError(code, errno, hostname, syscall = 'getaddrinfo') {
  // getaddrinfo's "no such name" answers are ENOTFOUND in Node.
  const shown = code === 'EAI_NONAME' || code === 'EAI_NODATA' ? 'ENOTFOUND' : code;
  const error = new Error(`${syscall} ${shown} ${hostname}`);
  error.errno = errno;
  error.code = shown;
  error.syscall = syscall;
  error.hostname = hostname;
  return error;
}

// Checks lookup's arguments; returns { hostname, family, hints, all, order }.
function lookupOptions(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  let family = 0;
  let hints = 0;
  let all = false;
  let order = defaultOrder;
  if (typeof options === 'number') {
    validateOneOf(options, 'family', [0, 4, 6]);
    family = options;
  } else if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else if (options) {
    if (options.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      if ((hints & ~(ADDRCONFIG | V4MAPPED | ALL)) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', hints);
    }
    if (options.family != null) {
      switch (options.family) {
        case 'IPv4': family = 4; break;
        case 'IPv6': family = 6; break;
        default:
          validateOneOf(options.family, 'options.family', [0, 4, 6]);
          family = options.family;
      }
    }
    if (options.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) {
      validateOneOf(options.order, 'options.order', kOrders);
      order = options.order;
    }
  }
  return { hostname, family, hints, all, order };
}

// done(err, addresses as [{address, family}]) on the loop thread, or on the next tick for literals.
function runLookup({ hostname, family, hints, order }, done) {
  if (!hostname) {
    process.nextTick(done, null, []);
    return;
  }
  const literal = isIP(hostname);
  if (literal) {
    process.nextTick(done, null, [{ address: hostname, family: literal }]);
    return;
  }
  binding.lookup(hostname, family, hints, order, (code, errno, flat) => {
    if (code) {
      done(lookupError(code, errno, hostname));
      return;
    }
    const out = [];
    for (let i = 0; i < flat.length; i += 2) out.push({ address: flat[i], family: flat[i + 1] });
    done(null, out);
  });
}

function checkLookupService(args, address, port) {
  if (args.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  const number = typeof port === 'string' && port.trim() !== '' ? Number(port) : port;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 0 || number > 65535) {
    throw new ERR_SOCKET_BAD_PORT('Port', port);
  }
  return number;
}

function runLookupService(address, port, done) {
  binding.lookupService(address, port, (code, errno, result) => {
    if (code) {
      done(lookupError(code, errno, address, 'getnameinfo'));
      return;
    }
    done(null, result[0], result[1]);
  });
}

module.exports = {
  ADDRCONFIG, V4MAPPED, ALL, setDefaultResultOrder, getDefaultResultOrder, lookupOptions, runLookup,
  checkLookupService, runLookupService,
};
