// punycode.toASCII/toUnicode on many domains and emails; decode/encode case handling.
// compat: stderr
const punycode = require('punycode');
for (const d of ['例え.テスト', 'bücher.example', 'ÄBC.de', 'a@b@ü.com', '@ü', 'ü@', 'a.b.c', '...', '\u3002ü\uff0e', 'xn--bcher-kva.de',
  'XN--BCHER-KVA.DE', 'xn--', 'Παράδειγμα.δοκιμή']) {
  let back;
  try { back = punycode.toUnicode(punycode.toASCII(d)); } catch (err) { back = err.message; }
  console.log(JSON.stringify(d), punycode.toASCII(d), JSON.stringify(back));
}
console.log(punycode.decode('BCHER-KVA'), punycode.encode('BÜCHER'), punycode.decode(''), punycode.encode(''));
try { punycode.toUnicode('xn--ab!'); } catch (err) { console.log(err.name, err.message); }
