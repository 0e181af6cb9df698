// net.isIP / isIPv4 / isIPv6 on valid and invalid text and on values that are not strings.
'use strict';
const net = require('net');

const inputs = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '1.2.3', '01.2.3.4', '1.2.3.4 ',
  '::', '::1', '1::', 'fe80::1%eth0', 'fe80::1%', '::ffff:1.2.3.4', '::ffff:1.2.3', '1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7:8:9', '1::2::3', 'gggg::1', '12345::', '2001:db8::ff00:42:8329', '::FFFF:127.0.0.1',
  '1:2:3:4:5:6:1.2.3.4', 'fe80::1%25eth0', 'localhost', '', ' ', 'x', '0x7f.1',
  '0000:0000:0000:0000:0000:0000:0000:0001', '::1%lo0', 'a:b:c:d:e:f:0:1%x-y.z:1'];
for (const s of inputs) {
  console.log(JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
}
for (const v of [undefined, null, 4, {}, ['127.0.0.1'], { toString: () => '127.0.0.1' }]) {
  console.log(String(v), net.isIP(v), net.isIPv4(v), net.isIPv6(v));
}
