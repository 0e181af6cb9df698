// protocol, username and password setters, with the state-override rules of the URL Standard.
const setters = require('./_setters');
setters('protocol', [
  ['http://x/', 'https'], ['http://x/', 'HTTPS:'], ['http://x/', 'https://y'], ['http://x/', 'ftp:'],
  ['http://x/', 'sc'], ['sc://x/', 'http'], ['sc://x/', 'other'], ['http://x/', 'file'], ['file:///a', 'http'],
  ['http://u@x/', 'file'], ['http://x:8/', 'file'], ['file://h/a', 'http'], ['http://x:443/', 'https'],
  ['https://x:80/', 'http'], ['http://x:80/', 'ws'], ['http://x/', ''], ['http://x/', '1http'],
  ['http://x/', 'ht tp'], ['http://x/', 'h\ttp'], ['mailto:a', 'sc'], ['sc:a', 'http'], ['ws://x/', 'wss'],
  ['http://x/', 'https:extra'], ['http://x/', 42],
]);
setters('username', [
  ['http://x/', 'user'], ['http://x/', 'us er:@/'], ['http://u:p@x/', ''], ['http://x/', '\u00e9'],
  ['file:///a', 'u'], ['sc:a', 'u'], ['sc://x/', 'u'], ['sc:///a', 'u'], ['http://x/', '%41'],
  ['http://x/', 'a;b=c[d]|e^f'], ['http://x/', null],
]);
setters('password', [
  ['http://x/', 'pw'], ['http://u@x/', 'p:w@'], ['http://u:p@x/', ''], ['http://:p@x/', ''],
  ['file:///a', 'p'], ['sc:a', 'p'], ['http://x/', '\u{1F600}'], ['http://x/', undefined],
]);
