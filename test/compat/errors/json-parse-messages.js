'use strict';
// JSON.parse's SyntaxErrors in V8's words: what was expected where (position, line, column), the
// unexpected token with the text around it, the end of the input, and the special whole texts.
const inputs = [
  '', ' ', '\t', '{', '[', '{"a"', '{"a":', '{"a":1', '{"a":1,', '[1', '[1,', '[1,]', '{"a":1,}', '{a:1}', "{'a':1}",
  'tru', 't', 'trux', 'nulx', 'fals', 'falsey', 'true x', 'undefined', ' undefined', '[undefined]', 'NaN', 'NaN ',
  'Infinity', '-Infinity', '[object Object]', 'u', 'x', '\u00e9', '+1', '.5', '[,1]', '{,}', '{"a":}', '{"a"::1}',
  '<!DOCTYPE html><html><body>hello</body></html>', '"abc', '"a\nb"', '"\r"', '"\u0001"', '"\\x"', '"\\u12"',
  '"\\uZZZZ"', '"\\u00"', '"a\\"', '"\\', '-', '-a', '[-]', '1.', '1.e', '-0.', '1e', '1e+', '1.5e', '01',
  '012345678901234567890123x', '0x10', '1e1000x', '{"a" 1}', '[1 2]', '{"a":1 "b":2}', '{"a":1}}', '123abc',
  '[1]x', '1 2', '"a" "b"', '{"key": "value", "other": tru}',
  '{"aaaaaaaaaaaaaaaaaaaaaaa": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "c": x}',
  '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,x]', '{"a":[1,{"b":2,}]}', '{"a":1,"a"', '{"a":1,"b":',
  '[1]\n\nx', '{\n  "a": 1,\n  "b": }', '\r\n\r\nx', '1\r2', '1\r\n\r\n2', '[1,\t]', '[\n1,\n2,\n]', '\u2028',
  '{"\u00e9":x}', '"\\uD800"', '12345678901234567890123', '  {"ok": [1, 2.5e-3, -0, "s\\n", true, null]}  ',
];
for (const s of inputs) {
  try {
    JSON.parse(s);
    console.log(JSON.stringify(s), 'ok');
  } catch (e) {
    console.log(JSON.stringify(s), '=>', e.name, e.message);
  }
}
for (const v of [undefined, null, {}, [], 12n, true]) {
  try {
    console.log(typeof v, JSON.parse(v));
  } catch (e) {
    console.log(typeof v, '=>', e.message);
  }
}
// With a reviver, and a nested text.
try { JSON.parse('{"a": [1, 2}', (k, v) => v); } catch (e) { console.log(e.message); }
try { JSON.parse('['.repeat(500) + ']'.repeat(499)); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.parse('['.repeat(1000) + ']'.repeat(1000)).length);
const err = (() => { try { JSON.parse('{'); } catch (e) { return e; } })();
console.log(err instanceof SyntaxError, Object.keys(err));
// Uncaught: the report shows the message.
JSON.parse('<html>');
