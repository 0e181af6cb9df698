'use strict';
// What dns and dns/promises share: address checks, the server list, the Resolver core (queries on
// the thread pool through internalBinding('dns')) and the shaping of answers into Node's objects.

const {
  errorWithMessage,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_SOCKET_BAD_PORT },
} = require('internal/errors');
const { validateArray, validateString, validateInt32 } = require('internal/validators');

const binding = internalBinding('dns');

// ---- addresses ----

const { isIP, isIPv4, isIPv6 } = require('internal/net');

// ---- errors ----

function dnsError(code, syscall, hostname) {
  const error = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  error.errno = undefined;
  error.code = code;
  error.syscall = syscall;
  if (hostname) error.hostname = hostname;
  return error;
}

// ---- record types ----

const kTypes = {
  A: 1, AAAA: 28, ANY: 255, CAA: 257, CNAME: 5, MX: 15, NAPTR: 35, NS: 2, PTR: 12, SOA: 6, SRV: 33,
  TLSA: 52, TXT: 16,
};
const kTypeNames = {};
for (const name of Object.keys(kTypes)) kTypeNames[kTypes[name]] = name;

function syscallOf(type) {
  const name = kTypeNames[type];
  return `query${name[0]}${name.slice(1).toLowerCase()}`;
}

function hexToArrayBuffer(hex) {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(2 * i, 2), 16);
  return out.buffer;
}

function shapeCaa(r) {
  const out = { critical: r.critical, type: 'CAA' };
  out[r.tag] = r.value;
  return out;
}

// One record as the typed resolve functions return it.
function shapeRecord(type, r, ttl) {
  switch (type) {
    case kTypes.A: case kTypes.AAAA: return ttl ? { address: r.address, ttl: r.ttl } : r.address;
    case kTypes.CNAME: case kTypes.NS: case kTypes.PTR: return r.value;
    case kTypes.MX: return { exchange: r.exchange, priority: r.priority, type: 'MX' };
    case kTypes.TXT: return r.entries;
    case kTypes.SRV: return { name: r.name, port: r.port, priority: r.priority, weight: r.weight, type: 'SRV' };
    case kTypes.CAA: return shapeCaa(r);
    case kTypes.NAPTR:
      return { flags: r.flags, service: r.service, regexp: r.regexp, replacement: r.replacement, order: r.order,
               preference: r.preference, type: undefined };
    case kTypes.SOA:
      return { nsname: r.nsname, hostmaster: r.hostmaster, serial: r.serial, refresh: r.refresh, retry: r.retry,
               expire: r.expire, minttl: r.minttl, type: undefined };
    case kTypes.TLSA:
      return { certUsage: r.certUsage, selector: r.selector, match: r.match, data: hexToArrayBuffer(r.data) };
  }
  return r;
}

// resolveAny: every record with its type name, grouped in the order Node parses them.
const kAnyOrder = [kTypes.A, kTypes.AAAA, kTypes.CNAME, kTypes.MX, kTypes.NS, kTypes.TXT, kTypes.SRV, kTypes.PTR,
                   kTypes.NAPTR, kTypes.SOA, kTypes.CAA];

function shapeAny(records) {
  const out = [];
  for (const type of kAnyOrder) {
    for (const r of records) {
      if (r.type !== type) continue;
      switch (type) {
        case kTypes.A: case kTypes.AAAA:
          out.push({ address: r.address, ttl: r.ttl, type: kTypeNames[type] });
          break;
        case kTypes.CNAME: case kTypes.NS: case kTypes.PTR:
          out.push({ value: r.value, type: kTypeNames[type] });
          break;
        case kTypes.TXT:
          out.push({ entries: r.entries, type: 'TXT' });
          break;
        case kTypes.CAA:
          out.push(shapeCaa(r));
          break;
        default: {
          const shaped = shapeRecord(type, r, false);
          shaped.type = kTypeNames[type];
          out.push(shaped);
        }
      }
    }
  }
  return out;
}

function shapeAnswer(type, records, ttl) {
  if (type === kTypes.ANY) return shapeAny(records);
  if (type === kTypes.SOA) return shapeRecord(type, records[0], ttl);
  return records.map((r) => shapeRecord(type, r, ttl));
}

// ---- servers ----

let systemServers;

function defaultServers() {
  if (systemServers === undefined) {
    const flat = binding.systemServers();
    systemServers = [];
    for (let i = 0; i < flat.length; i += 2) systemServers.push([flat[i], flat[i + 1]]);
  }
  return systemServers.map((s) => [...s]);
}

const addrSplitRe = /^\[?([^\]]+)\]?:(\d+)$/;

function parseServer(serv, index) {
  validateString(serv, `servers[${index}]`);
  let ip = serv;
  let port = 53;
  if (serv[0] === '[') {
    const end = serv.indexOf(']');
    if (end > 0) {
      ip = serv.slice(1, end);
      const rest = serv.slice(end + 1);
      if (rest.startsWith(':')) port = Number(rest.slice(1));
    }
  } else if (!isIPv6(serv)) {
    const m = addrSplitRe.exec(serv);
    if (m) {
      ip = m[1];
      port = Number(m[2]);
    }
  }
  if (!isIP(ip)) throw new ERR_INVALID_IP_ADDRESS(serv);
  if (!(port >= 0 && port < 65536)) throw new ERR_SOCKET_BAD_PORT('Port', port);
  return [ip, port];
}

function formatServer([ip, port]) {
  if (port === 53) return ip;
  return isIPv6(ip) ? `[${ip}]:${port}` : `${ip}:${port}`;
}

// ---- the resolver core ----

const kServers = Symbol('kServers');
const kPending = Symbol('kPending');

class ResolverBase {
  constructor(options = undefined) {
    let timeout = -1;
    let tries = 4;
    if (options != null) {
      if (options.timeout !== undefined) {
        timeout = options.timeout;
        validateInt32(timeout, 'options.timeout', -1);
      }
      if (options.tries !== undefined) {
        tries = options.tries;
        validateInt32(tries, 'options.tries', 1);
      }
      if (options.maxTimeout !== undefined) validateInt32(options.maxTimeout, 'options.maxTimeout', -1);
    }
    // c-ares' defaults: 2 s per try (doubling per round is not modelled), 4 tries.
    this._timeout = timeout === -1 ? 2000 : timeout;
    this._tries = tries;
    this[kServers] = defaultServers();
    this[kPending] = new Set();
  }

  cancel() {
    const pending = [...this[kPending]];
    this[kPending].clear();
    for (const q of pending) {
      q.cancelled = true;
      if (q.handle) q.handle.cancel();
      process.nextTick(q.done, dnsError('ECANCELLED', q.syscall, q.hostname));
    }
  }

  getServers() {
    return this[kServers].map(formatServer);
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const parsed = servers.map(parseServer);
    this[kServers] = parsed;
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    const f4 = isIP(ipv4);
    const f6 = ipv6 === undefined ? 0 : isIP(ipv6);
    if (f4 === 0 || (ipv6 !== undefined && f6 === 0)) {
      throw errorWithMessage('ERR_INVALID_ARG_VALUE', 'Invalid IP address.');
    }
    if (f4 === 4 && f6 === 4) throw errorWithMessage('ERR_INVALID_ARG_VALUE', 'Cannot specify two IPv4 addresses.');
    if (f4 === 6 && f6 === 6) throw errorWithMessage('ERR_INVALID_ARG_VALUE', 'Cannot specify two IPv6 addresses.');
    // Kept for getServers-style introspection; queries go out from the system's choice of address.
    this._localAddress = [ipv4, ipv6];
  }

  // Runs one query; done(err, result) is called once, on the loop thread.
  _query(hostname, type, ttl, done, syscall = syscallOf(type)) {
    const q = { syscall, hostname, done, cancelled: false, handle: null };
    this[kPending].add(q);
    const flat = [];
    for (const [ip, port] of this[kServers]) flat.push(ip, port);
    q.handle = binding.query(flat, hostname, type, this._timeout, this._tries, (code, errno, json) => {
      if (q.cancelled) return;
      this[kPending].delete(q);
      if (code) {
        done(dnsError(code, syscall, hostname));
        return;
      }
      const records = JSON.parse(json);
      done(null, shapeAnswer(type, records, ttl));
    });
  }
}

function reverseName(ip) {
  const family = isIP(ip);
  if (family === 4) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  if (family === 6) {
    let text = ip.includes('%') ? ip.slice(0, ip.indexOf('%')) : ip;
    if (text.includes('.')) {
      const last = text.lastIndexOf(':');
      const v4 = text.slice(last + 1).split('.').map(Number);
      text = `${text.slice(0, last + 1)}${((v4[0] << 8) | v4[1]).toString(16)}:${((v4[2] << 8) | v4[3]).toString(16)}`;
    }
    const [head, tail = ''] = text.split('::');
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const groups = text.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
    const nibbles = groups.map((g) => g.padStart(4, '0')).join('');
    return `${[...nibbles].reverse().join('.')}.ip6.arpa`;
  }
  return null;
}

function validateRrtype(rrtype) {
  validateString(rrtype, 'rrtype');
  if (!Object.hasOwn(kTypes, rrtype)) {
    throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  }
  return kTypes[rrtype];
}

module.exports = {
  binding, isIP, isIPv4, isIPv6, dnsError, kTypes, ResolverBase, reverseName, validateRrtype,
  ERR_INVALID_ARG_TYPE,
};
