'use strict';
// util.format and a minimal util.inspect: exact for primitives, arrays and plain objects of
// primitives; the full inspect (depth, colors, classes, Map/Set, cycles...) comes with the util module.

function inspect(value, opts = {}, depth = 0) {
  switch (typeof value) {
    case 'string':
      return depth === 0 && opts.bare ? value : quote(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return value.toString();
    case 'function':
      return value.name ? `[Function: ${value.name}]` : '[Function (anonymous)]';
  }
  if (value === null) return 'null';
  if (depth > 2) return Array.isArray(value) ? '[Array]' : '[Object]';
  if (value instanceof Error) return value.stack || String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[ ${value.map((v) => inspect(v, opts, depth + 1)).join(', ')} ]`;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return '{}';
  const parts = keys.map((k) => `${formatKey(k)}: ${inspect(value[k], opts, depth + 1)}`);
  return `{ ${parts.join(', ')} }`;
}

function quote(s) {
  const q = !s.includes("'") ? "'" : !s.includes('"') ? '"' : !s.includes('`') ? '`' : "'";
  const escaped = s.replace(/[\\\n\t\r\b\f\v]/g, (c) => ({
    '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v',
  })[c]);
  return q + (q === "'" ? escaped.replace(/'/g, "\\'") : escaped) + q;
}

function formatKey(k) {
  return /^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k);
}

function formatWithOptions(opts, ...args) {
  let out = '';
  let i = 0;
  if (typeof args[0] === 'string' && args.length > 1 && args[0].includes('%')) {
    const fmt = args[0];
    i = 1;
    for (let p = 0; p < fmt.length; p++) {
      const c = fmt[p];
      if (c !== '%' || p + 1 === fmt.length) {
        out += c;
        continue;
      }
      const spec = fmt[p + 1];
      if (spec === '%') {
        out += '%';
        p++;
        continue;
      }
      if (i >= args.length || !'sdifjoOc'.includes(spec)) {
        out += c;
        continue;
      }
      const arg = args[i++];
      p++;
      switch (spec) {
        case 's': out += typeof arg === 'string' ? arg : inspect(arg, opts, 1); break;
        case 'd': out += typeof arg === 'bigint' ? `${arg}n` : String(Number(arg)); break;
        case 'i': out += typeof arg === 'bigint' ? `${arg}n` : String(parseInt(arg)); break;
        case 'f': out += String(parseFloat(arg)); break;
        case 'j': out += JSON.stringify(arg); break;
        case 'o': case 'O': out += inspect(arg, opts, 0); break;
        case 'c': break;
      }
    }
  } else if (args.length > 0) {
    out = typeof args[0] === 'string' ? args[0] : inspect(args[0], opts);
    i = 1;
  }
  for (; i < args.length; i++) {
    const a = args[i];
    out += ' ' + (typeof a === 'string' ? a : inspect(a, opts));
  }
  return out;
}

module.exports = { inspect, formatWithOptions };
