'use strict';
// net.BlockList: rules (single addresses, ranges, subnets) that net's sockets and servers check
// addresses against. An IPv4 address also matches rules written for its IPv4-mapped IPv6 form
// (::ffff:a.b.c.d) and the other way round. Rules are listed as Node lists them: the addresses
// (newest first, each once), then the subnets, then the ranges (each newest first).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateArray, validateInt32, validateString } = require('internal/validators');
const { isIP } = require('internal/net');
const { SocketAddress, addressValue } = require('internal/socketaddress');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kRules = Symbol('kRules');

const V4_MAPPED = 0xffff00000000n;
const V4_MASK = 0xffffffffn;

function toSocketAddress(address, family, name) {
  if (SocketAddress.isSocketAddress(address)) return address;
  validateString(address, name);
  validateString(family, 'family');
  return new SocketAddress({ address, family });
}

// The value of `address` in `family` (4 or 6), or undefined when it has no such form.
function valueIn(address, family) {
  const value = addressValue(address);
  if (address.family === 'ipv4') return family === 'ipv4' ? value : V4_MAPPED | value;
  if (family === 'ipv6') return value;
  return (value >> 32n) === 0xffffn ? value & V4_MASK : undefined;
}

const familyName = (family) => (family === 'ipv4' ? 'IPv4' : 'IPv6');

class BlockList {
  static isBlockList(value) {
    return value?.[kRules] !== undefined;
  }

  constructor() {
    this[kRules] = { addresses: [], subnets: [], ranges: [] };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }

  addAddress(address, family = 'ipv4') {
    address = toSocketAddress(address, family, 'address');
    const text = `Address: ${familyName(address.family)} ${address.address}`;
    const { addresses } = this[kRules];
    if (addresses.some((rule) => rule.text === text)) return;
    addresses.unshift({ text, family: address.family, start: addressValue(address), end: addressValue(address) });
  }

  addRange(start, end, family = 'ipv4') {
    start = toSocketAddress(start, family, 'start');
    end = toSocketAddress(end, family, 'end');
    if (addressValue(start) > addressValue(end) && start.family === end.family) {
      throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    }
    this[kRules].ranges.unshift({
      text: `Range: ${familyName(start.family)} ${start.address}-${end.address}`,
      family: start.family, start: addressValue(start), end: addressValue(end),
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    network = toSocketAddress(network, family, 'network');
    const bits = network.family === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix', 0, bits);
    const hostBits = BigInt(bits - prefix);
    const base = (addressValue(network) >> hostBits) << hostBits;
    this[kRules].subnets.unshift({
      text: `Subnet: ${familyName(network.family)} ${network.address}/${prefix}`,
      family: network.family, start: base, end: base | ((1n << hostBits) - 1n),
    });
  }

  // All or nothing: every address is checked before any is added.
  addAddresses(addresses, family = 'ipv4') {
    validateArray(addresses, 'addresses');
    addresses.forEach((address, i) => validateString(address, `addresses[${i}]`));
    const checked = addresses.map((address) => toSocketAddress(address, family, 'address'));
    for (const address of checked) this.addAddress(address);
  }

  addCIDR(cidr) {
    const [network, prefix, family] = parseCIDR(cidr);
    this.addSubnet(network, prefix, family);
  }

  addCIDRs(cidrs) {
    validateArray(cidrs, 'cidrs');
    for (const cidr of cidrs) this.addCIDR(cidr);
  }

  removeAddress(address, family = 'ipv4') {
    address = toSocketAddress(address, family, 'address');
    remove(this[kRules].addresses, `Address: ${familyName(address.family)} ${address.address}`);
  }

  removeRange(start, end, family = 'ipv4') {
    start = toSocketAddress(start, family, 'start');
    end = toSocketAddress(end, family, 'end');
    remove(this[kRules].ranges, `Range: ${familyName(start.family)} ${start.address}-${end.address}`);
  }

  removeSubnet(network, prefix, family = 'ipv4') {
    network = toSocketAddress(network, family, 'network');
    remove(this[kRules].subnets, `Subnet: ${familyName(network.family)} ${network.address}/${prefix}`);
  }

  removeCIDR(cidr) {
    const [network, prefix, family] = parseCIDR(cidr);
    this.removeSubnet(network, prefix, family);
  }

  clear() {
    this[kRules] = { addresses: [], subnets: [], ranges: [] };
  }

  check(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        address = new SocketAddress({ address, family });
      } catch {
        return false;
      }
    }
    const { addresses, subnets, ranges } = this[kRules];
    for (const list of [addresses, subnets, ranges]) {
      for (const rule of list) {
        const value = valueIn(address, rule.family);
        if (value !== undefined && value >= rule.start && value <= rule.end) return true;
      }
    }
    return false;
  }

  get rules() {
    const { addresses, subnets, ranges } = this[kRules];
    return [...addresses, ...subnets, ...ranges].map((rule) => rule.text);
  }

  get size() {
    const { addresses, subnets, ranges } = this[kRules];
    return addresses.length + subnets.length + ranges.length;
  }

  toJSON() {
    return this.rules;
  }

  // Adds the rules of toJSON()'s output (an array, or its JSON text); text that is no rule is skipped.
  fromJSON(data) {
    if (typeof data === 'string') data = JSON.parse(data);
    if (!Array.isArray(data) || !data.every((rule) => typeof rule === 'string')) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], data);
    }
    for (const rule of data) {
      try {
        this.#addRule(rule);
      } catch {
        // not a rule this list can hold
      }
    }
  }

  #addRule(text) {
    const match = /^(Address|Range|Subnet): (IPv4|IPv6) (.+)$/.exec(text);
    if (match === null) return;
    const family = match[2] === 'IPv4' ? 'ipv4' : 'ipv6';
    const body = match[3];
    if (match[1] === 'Address') {
      this.addAddress(body, family);
    } else if (match[1] === 'Range') {
      const dash = body.indexOf('-');
      if (dash > 0) this.addRange(body.slice(0, dash), body.slice(dash + 1), family);
    } else {
      const slash = body.lastIndexOf('/');
      if (slash > 0) this.addSubnet(body.slice(0, slash), Number(body.slice(slash + 1)), family);
    }
  }
}

function remove(list, text) {
  const i = list.findIndex((rule) => rule.text === text);
  if (i >= 0) list.splice(i, 1);
}

// "10.0.0.0/8" → [network, prefix, family].
function parseCIDR(cidr) {
  validateString(cidr, 'cidr');
  const slash = cidr.lastIndexOf('/');
  if (slash < 0) {
    throw new ERR_INVALID_ARG_VALUE('cidr', cidr, 'must contain a prefix length (e.g. "10.0.0.0/8")');
  }
  const network = cidr.slice(0, slash);
  const prefixText = cidr.slice(slash + 1);
  const family = isIP(network) === 6 ? 'ipv6' : 'ipv4';
  if (!/^\d+$/.test(prefixText)) {
    throw new ERR_INVALID_ARG_VALUE('cidr', cidr, 'prefix length must be a valid integer');
  }
  return [network, Number(prefixText), family];
}

module.exports = { BlockList };
