// host, hostname and port setters.
const setters = require('./_setters');
setters('host', [
  ['http://x/', 'y'], ['http://x/', 'y:8080'], ['http://x:1/', 'y'], ['http://x/', 'y:80'], ['http://x/', 'y:'],
  ['http://x/', ''], ['sc://x/', ''], ['sc://u@x/', ''], ['sc://x:1/', ''], ['http://x/', 'y/z'], ['http://x/', 'y?z'],
  ['http://x/', 'y#z'], ['http://x/', 'y\\z'], ['sc://x/', 'y\\z'], ['http://x/', 'a b'], ['http://x/', 'y:99999'],
  ['http://x/', 'y:12ab'], ['http://x/', ':1'], ['http://x/', '[::1]:2'], ['http://x/', '[::1'],
  ['http://x/', 'münchen.de'], ['http://x/', '0x7f.1'], ['file:///a', 'h'], ['file://h/a', 'localhost'],
  ['file://h/a', ''], ['file:///a', 'h:1'], ['sc:a', 'h'], ['mailto:a', 'h'], ['sc:/a', 'h'],
  ['http://x/', 'y@z'], ['http://x/', 'Y.EXAMPLE'],
]);
setters('hostname', [
  ['http://x:1/', 'y'], ['http://x/', 'y:8080'], ['http://x/', ''], ['sc://x/', ''], ['http://x/', 'y/z'],
  ['http://x/', '[::1]'], ['file://h/a', 'localhost'], ['file://h/a', 'g'], ['sc:a', 'h'], ['sc:/a', 'h'],
  ['http://x/', 'a%20b'], ['http://x/', '1.2.3'],
]);
setters('port', [
  ['http://x/', '8080'], ['http://x/', '80'], ['http://x:1/', ''], ['http://x/', '8080abc'], ['http://x/', 'abc'],
  ['http://x/', '65536'], ['http://x/', '65535'], ['http://x/', '-1'], ['http://x/', ' 1'], ['http://x/', '1.5'],
  ['https://x/', '443'], ['sc://x/', '1'], ['sc://x:1/', ''], ['file:///a', '1'], ['sc:a', '1'], ['http://x/', 8081],
  ['http://x/', '00080'], ['http://x:1/', '1/2'], ['http://x/', '\t9'],
]);
