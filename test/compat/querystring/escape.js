// querystring.escape/unescape: what stays unescaped, non-strings, invalid and truncated escapes.
const qs = require('querystring');
console.log(qs.escape('a b&c=d/é?#[]{}~!*()\''), qs.escape(5), qs.escape({ toString() { return 'o b'; } }));
console.log(qs.escape(''), qs.escape('\u{1F600}\u00ff\u0800'), qs.escape(null), qs.escape(undefined), qs.escape(true));
console.log(qs.unescape('a%20b+c'), qs.unescape('a%20b+c', true), qs.unescape('%zz%41%'), qs.unescape('%E4%BD'));
console.log(qs.unescape('%ff%41'), qs.unescape('%ff+', true), qs.unescape('\u0100%ff'), qs.unescape('%F0%9F%98%80'));
try { qs.escape('\ud800'); } catch (e) { console.log(e.code, e.name, e.message); }
try { qs.escape('a\udfffb'); } catch (e) { console.log(e.code, e.name, e.message); }
console.log(Object.keys(qs));
const saved = qs.unescape;
qs.unescape = (s) => `U(${s})`;
console.log(qs.parse('a=%41&b=c'));
qs.unescape = saved;
qs.escape = (s) => `E(${s})`;
console.log(qs.stringify({ a: 'b' }));
