// net.SocketAddress: defaults, canonical address text, validation, parse() (read as an http: URL's
// host and port), toJSON and inspection.
'use strict';
const net = require('net');
const util = require('util');

const t = (label, f) => {
  try {
    console.log(label, util.inspect(f()));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};

t('default', () => new net.SocketAddress());
t('ipv6 default', () => new net.SocketAddress({ family: 'IPv6' }));
t('full', () => new net.SocketAddress({ address: '::1', family: 'ipv6', port: 80, flowlabel: 5 }));
t('port string', () => new net.SocketAddress({ address: '1.2.3.4', port: '8080' }));
t('canonical mapped', () => new net.SocketAddress({ address: '::FFFF:1.2.3.4', family: 'ipv6' }).address);
t('canonical long', () => new net.SocketAddress({ address: '0:0:0:0:0:0:0:1', family: 'ipv6' }).address);
t('canonical zeros', () => new net.SocketAddress({ address: '2001:db8:0:0:1:0:0:1', family: 'ipv6' }).address);
t('canonical compat', () => new net.SocketAddress({ address: '::1.2.3.4', family: 'ipv6' }).address);
t('ipv6 in ipv4 family', () => new net.SocketAddress({ address: '::1' }));
t('bad address', () => new net.SocketAddress({ address: 'x' }));
t('leading zero', () => new net.SocketAddress({ address: '01.2.3.4' }));
t('bad family', () => new net.SocketAddress({ family: 'x' }));
t('bad port', () => new net.SocketAddress({ port: 70000 }));
t('bad flowlabel', () => new net.SocketAddress({ flowlabel: -1 }));
t('options 5', () => new net.SocketAddress(5));
t('address 5', () => new net.SocketAddress({ address: 5 }));
t('zone', () => new net.SocketAddress({ address: 'fe80::1%eth0', family: 'ipv6' }));
t('keys', () => Object.keys(new net.SocketAddress()));
const sa = new net.SocketAddress({ address: '1.2.3.4', port: 99 });
t('getters', () => [sa.address, sa.port, sa.family, sa.flowlabel]);
t('toJSON', () => sa.toJSON());
t('JSON.stringify', () => JSON.stringify(sa));
t('inspect depth -1', () => util.inspect(sa, { depth: -1 }));
t('isSocketAddress', () => [net.SocketAddress.isSocketAddress(sa), net.SocketAddress.isSocketAddress({})]);
for (const s of ['1.2.3.4:1234', '[::1]:443', '1.2.3.4:80', '1.2.3.4', '[::1]', '1.2.3.4:', '127.1:5',
  '[1.2.3.4]:5', ' 1.2.3.4:5', '1.2.3.4:abc', 'a:b:c', '256.1.1.1:3', 'example.com:80', '1.2.3.4:5/x',
  '[::ffff:1.2.3.4]:5', '1.2.3.4:99999']) {
  t(`parse ${JSON.stringify(s)}`, () => net.SocketAddress.parse(s));
}
t('parse 5', () => net.SocketAddress.parse(5));
