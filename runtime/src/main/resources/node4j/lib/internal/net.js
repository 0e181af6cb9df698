'use strict';
// What net, dns and the address classes share: the checks for IP address text (Node's isIP rules:
// dotted-quad IPv4 without leading zeros; IPv6 in any RFC 4291 text form, an IPv4 tail allowed, a
// %zone suffix allowed), and the mark normalizeArgs leaves on its result.

const v4Part = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Re = new RegExp(`^${v4Part}(?:\\.${v4Part}){3}$`);
const hexGroup = /^[0-9a-fA-F]{1,4}$/;
const zoneRe = /^[0-9a-zA-Z\-.:]+$/;

// Values that are not strings are read as their text, as Node's regular expressions read them.
function isIPv4(s) {
  return v4Re.test(s);
}

function isIPv6(s) {
  if (typeof s !== 'string') s = `${s}`;
  if (s.length < 2) return false;
  let text = s;
  const pct = text.indexOf('%');
  if (pct >= 0) {
    if (!zoneRe.test(text.slice(pct + 1))) return false;
    text = text.slice(0, pct);
  }
  if (text.length > 45) return false;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.')) {
    if (!isIPv4(text.slice(lastColon + 1))) return false;
    text = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const parts = (h) => (h === '' ? [] : h.split(':'));
  const head = parts(halves[0]);
  const tail = halves.length === 2 ? parts(halves[1]) : [];
  for (const p of head) if (!hexGroup.test(p)) return false;
  for (const p of tail) if (!hexGroup.test(p)) return false;
  const count = head.length + tail.length;
  return halves.length === 2 ? count < 8 : count === 8;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// Set on the [options, cb] array net's normalizeArgs returns, so connect() knows it is normalized.
const normalizedArgsSymbol = Symbol('normalizedArgs');

module.exports = { isIP, isIPv4, isIPv6, normalizedArgsSymbol };
