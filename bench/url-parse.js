// URL parses per second over a mix of URLs (absolute, relative against a base, IPv4/IPv6, file,
// non-special, IDNA): rounds of the mix for a warm-up (default 10 s: the JIT must compile the parser
// first), then timed rounds (default 5 s). bench/url-parse.js [warmupMs] [measureMs]
'use strict';
const warmupMs = Number(process.argv[2] ?? 10000);
const measureMs = Number(process.argv[3] ?? 5000);
const inputs = [
  ['https://user:pass@www.example.com:8080/path/to/page.html?query=string&a=1#fragment'],
  ['http://example.com/'], ['https://nodejs.org/api/url.html#url_the_whatwg_url_api'],
  ['../other/./file.js?x=%20y', 'https://example.com/a/b/c/d.html'], ['?q=search', 'http://h/p'],
  ['http://192.168.0.1:3000/api/v1/items?limit=10'], ['http://[2001:db8::1]:8443/x'], ['file:///home/user/file.txt'],
  ['mailto:someone@example.com'], ['git+ssh://git@github.com/org/repo.git'], ['http://0x7f.1/'],
  ['https://münchen.de/straße'], ['HTTP://EXAMPLE.COM/A/../B/./C'], ['ws://localhost:8080/socket'],
  ['data:text/plain;base64,SGVsbG8='], ['/absolute/path?with=query', 'https://base.example/'],
];
let count = 0;
let sink = 0;
function round() {
  for (const [input, base] of inputs) {
    sink += new URL(input, base).href.length;
    count++;
  }
}
let start = Date.now();
while (Date.now() - start < warmupMs) round();
count = 0;
start = Date.now();
let elapsed;
do {
  for (let i = 0; i < 100; i++) round();
  elapsed = Date.now() - start;
} while (elapsed < measureMs);
const perSecond = Math.round((count / elapsed) * 1000);
console.log(sink > 0 ? 'ok' : 'none');
console.log(`parses/s: ${perSecond}`);
console.log(`bench-ms: ${elapsed}`);
