// seeded random nested structures of every kind, printed with console.log, inspect options and format specifiers
let seed = 7;
function rnd(n) { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return Math.floor(((t ^ t >>> 14) >>> 0) / 4294967296 * n); }
const words = ['a', 'bb', 'hello', 'x'.repeat(20), 'with space', "it's", 'multi\nline', 'longer string value here', '', 'ü', 'key_1', '$d', '1'];
function gen(d) {
  const k = rnd(d > 3 ? 6 : 22);
  switch (k) {
    case 0: return rnd(2000) - 1000;
    case 1: return words[rnd(words.length)];
    case 2: return rnd(3) === 0 ? null : rnd(2) === 0 ? undefined : true;
    case 3: return rnd(100) / 7;
    case 4: return BigInt(rnd(1000));
    case 5: return Symbol(words[rnd(4)]);
    case 6: case 7: { const a = []; const n = rnd(rnd(3) === 0 ? 30 : 6); for (let i = 0; i < n; i++) a.push(gen(d + 1)); if (rnd(8) === 0) a[n + 2] = 1; return a; }
    case 8: case 9: { const o = {}; const n = rnd(8); for (let i = 0; i < n; i++) o[words[rnd(words.length)] + (rnd(3) ? '' : i)] = gen(d + 1); return o; }
    case 10: { const m = new Map(); const n = rnd(4); for (let i = 0; i < n; i++) m.set(gen(d + 1), gen(d + 1)); return m; }
    case 12: { class Foo { constructor() { this.v = gen(d + 1); } } return new Foo(); }
    case 13: { const e = new (rnd(2) ? Error : TypeError)(words[rnd(words.length)]); e.stack = rnd(2) ? `${e.name}: ${e.message}` : `${e.name}: ${e.message}\n    at f (/x.js:1:1)\n    at g (/x.js:2:2)`; if (rnd(2)) e.extra = gen(d + 1); return e; }
    case 14: return rnd(2) ? new Date(rnd(2e12)) : /ab+c/gi;
    case 15: return rnd(2) ? new Uint8Array(rnd(40)) : new Float64Array([rnd(10) / 3, -0]);
    case 16: return [new Number(rnd(9)), new String(words[rnd(words.length)])][rnd(2)];
    case 17: { const f = rnd(2) ? function named() {} : () => {}; if (rnd(2)) f.prop = gen(d + 1); return f; }
    case 18: { const o = { a: gen(d + 1) }; o.self = o; if (rnd(2)) o.arr = [o, { back: o }]; return o; }
    case 19: { const o = Object.create(null); o.k = gen(d + 1); return o; }
    case 20: return { get g() { return 1; }, set s(v) {}, n: gen(d + 1) };
    case 21: { const a = new Array(rnd(15)); a[rnd(15)] = gen(d + 1); return a; }
    case 11: { const s = new Set(); const n = rnd(5); for (let i = 0; i < n; i++) s.add(gen(d + 1)); return s; }
  }
}

let inspect;
console.log({ [Symbol.for('nodejs.util.inspect.custom')](d, o, i) { inspect = i; return ''; } });
const opts = [{ depth: Infinity }, { compact: false }, { compact: true }, { compact: 1 }, { breakLength: 40 }, { breakLength: 120 }, { sorted: true }, { depth: 0 }, { compact: 5, breakLength: 60 }, { maxArrayLength: 3 }, { colors: true }, { compact: true, breakLength: 30 }];
for (let i = 0; i < 300; i++) { const o = opts[rnd(opts.length)]; console.log(JSON.stringify(o)); console.log(inspect(gen(0), o)); }
for (let i = 0; i < 100; i++) { console.log('%s | %o | %O | %j', gen(2), gen(2), gen(3), 1); }
