'use strict';
// URLPattern against a deterministic stream of random patterns (a fixed seed) built from pattern
// syntax pieces: as single components and as constructor strings, each printed normalized (or its error
// code) with its matches against a few URLs. Catches differences no hand-written case thought of.
let seed = Number(process.argv[2] || 12345);
const rand = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const alphabet = [':a', ':b', ':c1', '(\\d+)', '(.*)', '([^\\/]+?)', '([^\\.]+?)', '*', '?', '+', '{', '}', '/', '.', '-',
  'x', 'y', 'foo', '\\:', '\\*', '\\{', ' ', '\u00e9', '%41', '[', ']', '@', '#', '\\?', '(a|b)', ':', '\\\\', '=', '&',
  '//', '80', 'https', 'http', '.com', '{/:d}', '{.:e}?', '(?:x)', '()', '((x))', '!', '$', '~'];
const keys = ['protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash'];
const where = ['pathname', 'hostname', 'search', 'hash', 'protocol', 'username', 'port', 'string', 'string', 'string'];
const inputs = ['https://x.com/foo', 'https://a.b.com/x/y', 'http://x.com:80/a-b.c?x=y#z', 'https://foo.x.com/12/ab',
  'foo://x/y', 'https://u:p@h.com/%41/b', 'https://x.com/foo/bar/baz?q#h'];
let ok = 0; let bad = 0; let matched = 0;
for (let i = 0; i < 1500; i++) {
  let text = '';
  const len = 1 + rand(7);
  for (let j = 0; j < len; j++) text += alphabet[rand(alphabet.length)];
  const w = where[rand(where.length)];
  let args;
  if (w === 'string') {
    const prefixes = ['https://', 'http://x.com', 'https://x.com/', 'foo:', '', 'https://x.com:'];
    args = [prefixes[rand(prefixes.length)] + text];
    if (rand(3) === 0) args.push('https://base.com/a/b');
  } else {
    args = [{ [w]: text }];
  }
  let p;
  try {
    p = new URLPattern(...args);
    ok++;
  } catch (e) {
    bad++;
    console.log(JSON.stringify(args), 'throws', e.code);
    continue;
  }
  let line = `${JSON.stringify(args)} ${keys.map((k) => p[k]).join(' | ')} ${p.hasRegExpGroups}`;
  for (const input of inputs) {
    const r = p.exec(input);
    if (r === null) continue;
    matched++;
    line += `\n  ${input} ${keys.map((k) => JSON.stringify(r[k].groups)).join(' ')}`;
  }
  console.log(line);
}
console.log(ok, bad, matched);
