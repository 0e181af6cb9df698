// url.domainToASCII / domainToUnicode over valid, invalid, IP and IDNA domains.
const { domainToASCII, domainToUnicode } = require('url');
for (const d of ['example.com', 'EXAMPLE.COM', 'español.com', 'xn--espaol-zwa.com', 'xn--iñvalid.com', '中文.com', 'ß.de',
  '', ' ', 'a b', 'a/b', 'a?b', 'a#b', 'a:1', '[::1]', '[::1', '1.2.3.4', '0x7f.1', '1.2.3.4.5', '999.1.1.1', 'a..b', '.',
  'xn--', 'xn--a', '\u200d', 'a%62c', '%C3%A9', 'localhost', '*.example', 'a_b', 'a\\b', 'a@b', 'a^b', 'a|b', 'a<b', 'a%00b']) {
  console.log([d], JSON.stringify(domainToASCII(d)), JSON.stringify(domainToUnicode(d)));
}
console.log(domainToASCII(123), domainToUnicode(null), domainToASCII({ toString: () => 'OBJ.com' }));
for (const fn of [domainToASCII, domainToUnicode]) {
  try { fn(); } catch (err) { console.log(err.code, err.message); }
}
