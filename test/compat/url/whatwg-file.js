// file: URLs: hosts, localhost, Windows drive letters (the quirks), relative resolution.
const show = require('./_cases');
show([
  ['file:///a/b'], ['file://localhost/a'], ['file://LOCALHOST/a'], ['file://host/a'], ['file://host.x:/a'],
  ['file://host:1/a'], ['file:/a'], ['file:a'], ['file:'], ['file://'], ['file:///'], ['file:////a'],
  ['file:\\\\a\\b'], ['file:c:\\a'], ['file:///C:/a'], ['file:///C|/a'], ['file://C:/a'], ['file://C|/a'],
  ['file:C|/a'], ['file:/C|/a'], ['file:///c:'], ['file:///c:/../..'], ['file:///c:/../../d'],
  ['file:///C:/a/../..'], ['file://host/C:/a/..'], ['file:///1:/a'], ['file:///CC:/a'], ['file:///C:a'],
  ['file:///a?q#f'], ['file:///a/%2e%2E/b'], ['file://[::1]/a'], ['file://münchen.de/a'],
  ['file://%41/a'], ['file://a b/'], ['file://1.2.3.4/a'], ['file://0x7f.1/a'],
  ['x', 'file:///a/b'], ['/x', 'file:///a/b'], ['//x', 'file:///a/b'], ['///x', 'file:///a/b'],
  ['?q', 'file:///a/b?z'], ['#h', 'file:///a/b?z'], ['', 'file:///a/b?z#f'], ['..', 'file:///a/b'],
  ['C:/x', 'file:///a/b'], ['/C:/x', 'file:///D:/b'], ['x', 'file:///C:/'], ['x', 'file:///C:'],
  ['/x', 'file:///C:/a'], ['//host/x', 'file:///C:/a'], ['\\x', 'file:///C:/a'], ['..', 'file:///C:/'],
  ['../..', 'file:///C:/a/b'], ['file:x', 'file:///C:/a'], ['file:/x', 'file://h/a'], ['file:', 'file:///a?q'],
  ['file:?r', 'file:///a?q'], ['file:#f', 'file:///a?q'], ['x', 'file://h/a'], ['C|', 'file://h/a'],
  ['C|/x', 'file://h/a'], ['C|\\x', 'file://h/a'], ['C|?x', 'file://h/a'], ['C|#x', 'file://h/a'],
  ['C|x', 'file://h/a'], ['/C|/x', 'file://h/a'], ['//C|/x', 'file://h/a'], ['file:..', 'http://x/a'],
  ['file:///a b/ä', undefined], ['file:///a%2Fb'], ['FILE:///X'], ['file://localhost'],
  ['file://localhost/'], ['file://localhost:80/'], ['file://user@host/'], ['file:///./a/./b'],
]);
