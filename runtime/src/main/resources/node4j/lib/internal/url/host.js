'use strict';
// The URL Standard's host parser: domains (through UTS #46 in the url binding when they are not
// plain ASCII), IPv4 addresses in all their number forms, IPv6 addresses and opaque hosts.
// parseHost returns the serialized host, or null for failure.

const { C0_CONTROL, percentEncode, percentDecode, hexValue } = require('internal/url/encoding');

let binding;
function idna() {
  binding ??= internalBinding('url');
  return binding;
}

// Forbidden host code points (1) and the extra forbidden domain code points (2), over ASCII.
const FORBIDDEN = new Uint8Array(128);
for (const ch of '\0\t\n\r #/:<>?@[\\]^|') FORBIDDEN[ch.charCodeAt(0)] = 1;
for (let c = 0; c < 0x20; c++) FORBIDDEN[c] ||= 2;
FORBIDDEN[0x25] = 2;
FORBIDDEN[0x7f] = 2;

function parseHost(input, isOpaque) {
  if (input.charCodeAt(0) === 0x5b /* [ */) {
    if (input.charCodeAt(input.length - 1) !== 0x5d) return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) return parseOpaqueHost(input);
  const domain = percentDecode(input);
  const ascii = domainToASCII(domain);
  if (ascii === null) return null;
  for (let i = 0; i < ascii.length; i++) {
    const c = ascii.charCodeAt(i);
    if (c < 0x80 && FORBIDDEN[c] !== 0) return null;
  }
  if (endsInANumber(ascii)) {
    const address = parseIPv4(ascii);
    return address === null ? null : serializeIPv4(address);
  }
  return ascii;
}

// Plain ASCII without "xn--" labels only needs lowercasing; anything else goes through UTS #46.
function domainToASCII(domain) {
  let labelStart = 0;
  let upper = false;
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    if (c >= 0x80) return idnaToASCII(domain);
    if (c === 0x2e) {
      labelStart = i + 1;
    } else if (i === labelStart && (c === 0x78 || c === 0x58) && i + 3 < domain.length &&
               (domain.charCodeAt(i + 1) | 0x20) === 0x6e && domain.charCodeAt(i + 2) === 0x2d &&
               domain.charCodeAt(i + 3) === 0x2d) {
      return idnaToASCII(domain);
    } else if (c >= 0x41 && c <= 0x5a) {
      upper = true;
    }
  }
  if (domain === '') return null;
  return upper ? domain.toLowerCase() : domain;
}

function idnaToASCII(domain) {
  const result = idna().toASCII(domain);
  return result === null || result === '' ? null : result;
}

function domainToUnicode(domain) {
  return idna().toUnicode(domain);
}

function parseOpaqueHost(input) {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x80 && FORBIDDEN[c] === 1) return null;
  }
  return percentEncode(input, C0_CONTROL);
}

function isDigits(str) {
  if (str === '') return false;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function endsInANumber(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (isDigits(last)) return true;
  return parseIPv4Number(last) !== null;
}

// One part of an IPv4 address: decimal, 0x-hex or 0-octal; null when it is none of them.
function parseIPv4Number(input) {
  if (input === '') return null;
  let radix = 10;
  if (input.length >= 2 && input[0] === '0' && (input[1] === 'x' || input[1] === 'X')) {
    input = input.slice(2);
    radix = 16;
  } else if (input.length >= 2 && input[0] === '0') {
    input = input.slice(1);
    radix = 8;
  }
  if (input === '') return 0;
  let value = 0;
  for (let i = 0; i < input.length; i++) {
    const digit = hexValue(input.charCodeAt(i));
    if (digit < 0 || digit >= radix) return null;
    value = value * radix + digit;
  }
  return value;
}

function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (n === null) return null;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) {
    if (numbers[i] > 255) return null;
  }
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(address) {
  return `${address >>> 24}.${(address >>> 16) & 255}.${(address >>> 8) & 255}.${address & 255}`;
}

function isDigitCode(c) {
  return c >= 0x30 && c <= 0x39;
}

// The eight 16-bit pieces of an IPv6 address, or null.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  const len = input.length;
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const at = (i) => (i < len ? input.charCodeAt(i) : -1);
  if (at(p) === 0x3a) {
    if (at(p + 1) !== 0x3a) return null;
    p += 2;
    compress = ++pieceIndex;
  }
  while (at(p) !== -1) {
    if (pieceIndex === 8) return null;
    if (at(p) === 0x3a) {
      if (compress !== null) return null;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && at(p) !== -1 && hexValue(at(p)) >= 0) {
      value = value * 16 + hexValue(at(p));
      p++;
      length++;
    }
    if (at(p) === 0x2e) {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (at(p) !== -1) {
        let piece = null;
        if (numbersSeen > 0) {
          if (at(p) === 0x2e && numbersSeen < 4) p++;
          else return null;
        }
        if (!isDigitCode(at(p))) return null;
        while (isDigitCode(at(p))) {
          const n = at(p) - 0x30;
          if (piece === null) piece = n;
          else if (piece === 0) return null;
          else piece = piece * 10 + n;
          if (piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(p) === 0x3a) {
      p++;
      if (at(p) === -1) return null;
    } else if (at(p) !== -1) {
      return null;
    }
    address[pieceIndex++] = value;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const tmp = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed to "::".
  let compress = -1;
  let best = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > best) { best = j - i; compress = i; }
    i = j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === compress) {
      out += i === 0 ? '::' : ':';
      i += best - 1;
      continue;
    }
    out += address[i].toString(16);
    if (i < 7) out += ':';
  }
  return out;
}

// Lowercasing and UTS #46 alone, as the legacy url.parse applies to hostnames: '' for failure.
function idnaDomainToASCII(domain) {
  return domainToASCII(domain) ?? '';
}

module.exports = { parseHost, domainToUnicode, idnaDomainToASCII, serializeIPv4 };
