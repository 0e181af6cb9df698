// punycode: encode/decode (RFC 3492 samples), toASCII/toUnicode (labels, separators, emails), ucs2.
// compat: stderr
const punycode = require('punycode');
require('node:punycode');
console.log(Object.keys(punycode), punycode.version, Object.keys(punycode.ucs2));
const samples = ['mañana', 'bücher', 'ü', '', 'abc', '-> $1.00 <-', '他们为什么不说中文', 'ليهمابتكلموشعربي؟',
  'Pročprostěnemluvíčesky', '3年B組金八先生', 'MajiでKoiする5秒前', '\u{1F600}\u{1F601}', 'aé-b', 'ÄÖÜ'];
for (const s of samples) {
  const encoded = punycode.encode(s);
  console.log(JSON.stringify(s), JSON.stringify(encoded), punycode.decode(encoded) === s);
}
console.log(punycode.decode('egbpdaj6bu4bxfgehfvwxn'), punycode.decode('abc-'), punycode.decode('-> $1.00 <--'));
for (const bad of ['\u0080-a', 'a-9999999999', 'xn', '!', 'a-\u00e9', 'zzzzzzzzzzzz']) {
  try { console.log(JSON.stringify(punycode.decode(bad))); } catch (err) { console.log(err.name, err.message); }
}
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('user@mañana.com'), punycode.toASCII('a\u3002b\uff0ec\uff61d'),
  punycode.toASCII('☃-⌘.com'), punycode.toASCII('ASCII.Only'), punycode.toASCII(''), punycode.toASCII('Bücher.DE'));
console.log(punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('user@xn--maana-pta.com'), punycode.toUnicode('XN--MAANA-PTA.com'),
  punycode.toUnicode('xn--tda'), punycode.toUnicode('example.com'), punycode.toUnicode('a\u3002xn--tda'));
console.log(punycode.ucs2.decode('a\u{1F600}\ud800b\udc00'), JSON.stringify(punycode.ucs2.encode([0x61, 0x1F600, 0xd800])));
try { punycode.ucs2.encode([0x110000]); } catch (err) { console.log(err.name); }
