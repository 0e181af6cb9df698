'use strict';
// net.SocketAddress: an IP address (checked and written in canonical form, as inet_pton and
// inet_ntop do), a port, a family ('ipv4'/'ipv6') and an IPv6 flow label. Also the address
// arithmetic BlockList uses: addresses as BigInts (32 bits for IPv4, 128 for IPv6).

const {
  codes: { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateObject, validatePort, validateString, validateUint32 } = require('internal/validators');
const { isIPv4 } = require('internal/net');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kState = Symbol('kState');

// ---- parsing and formatting ----

// The 32-bit value of dotted-quad text, or undefined (inet_pton's rules: no leading zeros).
function parseIPv4(text) {
  if (!isIPv4(text)) return undefined;
  let value = 0n;
  for (const part of text.split('.')) value = (value << 8n) | BigInt(Number(part));
  return value;
}

// The 128-bit value of IPv6 text (an IPv4 tail allowed; a %zone is dropped), or undefined.
function parseIPv6(text) {
  if (typeof text !== 'string') return undefined;
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  if (text.length < 2 || text.length > 45) return undefined;
  let groups = [];
  let tail = [];
  let body = text;
  const lastColon = body.lastIndexOf(':');
  if (body.includes('.')) {
    const v4 = parseIPv4(body.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    tail = [Number(v4 >> 16n), Number(v4 & 0xffffn)];
    body = body.slice(0, lastColon + 1);
    if (body.endsWith(':') && !body.endsWith('::')) body = body.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const parse = (h) => {
    if (h === '') return [];
    const out = [];
    for (const p of h.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(p)) return null;
      out.push(parseInt(p, 16));
    }
    return out;
  };
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  if (head === null || rest === null) return undefined;
  const count = head.length + rest.length + tail.length;
  if (halves.length === 2) {
    if (count > 7) return undefined;
    groups = [...head, ...new Array(8 - count).fill(0), ...rest, ...tail];
  } else {
    if (count !== 8) return undefined;
    groups = [...head, ...tail];
  }
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(g);
  return value;
}

function formatIPv4(value) {
  return [24n, 16n, 8n, 0n].map((shift) => String(Number((value >> shift) & 0xffn))).join('.');
}

// inet_ntop's form: lower-case hex, the first longest run of two or more zero groups as '::', and
// a dotted IPv4 tail for IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) addresses.
function formatIPv6(value) {
  const groups = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestLen < 2) bestStart = -1;
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += '::';
      i += bestLen - 1;
      continue;
    }
    if (i === 6 && bestStart === 0 && (bestLen === 6 || (bestLen === 5 && groups[5] === 0xffff))) {
      if (!out.endsWith(':')) out += ':';
      out += formatIPv4(value & 0xffffffffn);
      break;
    }
    if (out !== '' && !out.endsWith(':')) out += ':';
    out += groups[i].toString(16);
  }
  return out;
}

// ---- SocketAddress ----

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kState] !== undefined;
  }

  // "1.2.3.4:80", "[::1]:443" or a bare address: a SocketAddress, or undefined when it is not one.
  // Read as the host and port of an http: URL (so port 80 is the default and reads as 0).
  static parse(input) {
    validateString(input, 'input');
    try {
      const { hostname, port } = new URL(`http://${input}`);
      if (hostname.startsWith('[') && hostname.endsWith(']')) {
        return new SocketAddress({ address: hostname.slice(1, -1), port: port | 0, family: 'ipv6' });
      }
      return new SocketAddress({ address: hostname, port: port | 0 });
    } catch {
      return undefined;
    }
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const original = family;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new ERR_INVALID_ARG_VALUE('options.family', original);
    }
    const {
      address = family === 'ipv4' ? '127.0.0.1' : '::',
      port = 0,
      flowlabel = 0,
    } = options;
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const value = family === 'ipv4' ? parseIPv4(address) : parseIPv6(address);
    if (value === undefined) throw new ERR_INVALID_ADDRESS();
    this[kState] = {
      address: family === 'ipv4' ? formatIPv4(value) : formatIPv6(value),
      port: port | 0,
      family,
      flowlabel: family === 'ipv6' ? flowlabel : 0,
      value,
    };
  }

  get address() {
    return this[kState].address;
  }

  get port() {
    return this[kState].port;
  }

  get family() {
    return this[kState].family;
  }

  get flowlabel() {
    return this[kState].flowlabel;
  }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return '[SocketAddress]';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }
}

// The numeric value of a SocketAddress (for BlockList).
function addressValue(socketAddress) {
  return socketAddress[kState].value;
}

module.exports = { SocketAddress, addressValue, formatIPv4, formatIPv6, parseIPv4, parseIPv6 };
