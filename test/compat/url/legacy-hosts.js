// url.parse hostnames: case, IDNA, IPv6, length limit, characters that end the host early.
const url = require('url');
const long = `${'a'.repeat(250)}.com`;
for (const input of ['http://EXAMPLE.com/', 'http://münchen.de/', 'http://xn--mnchen-3ya.de/', 'http://[::1]/', 'http://[::1]:8/',
  'http://[FE80::1]/', 'http://a;b/', 'http://a{b}/', 'http://a`b/', 'http://a"b/', 'http://a\'b/', 'http://a<b>/',
  'http://a^b/', 'http://a|b/', 'http://a%b/', `http://${long}/`, 'http://a.b.c:123/', 'http://user@h:8/p',
  'http://h:/', 'http://h:0/', 'HTTPS://H/', 'http://\u00df/', 'http://a\u3002b/', 'http://1.2.3/']) {
  try {
    const u = url.parse(input);
    console.log(input.length > 60 ? `${input.slice(0, 20)}...` : input, JSON.stringify(u.hostname).slice(0, 40), u.host?.length, u.port, u.pathname);
  } catch (err) {
    console.log(input, err.code);
  }
}
