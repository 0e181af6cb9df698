// net.BlockList: rules, check() across IPv4 and IPv4-mapped IPv6, the order rules are listed in,
// the newer methods (addAddresses, CIDRs, remove*, clear, size, toJSON/fromJSON), and its errors.
// Node lists single addresses in the order of a C++ hash map; they are shown sorted here (subnets
// and ranges keep their order: newest first).
'use strict';
const net = require('net');
const util = require('util');

const sortAddresses = (rules) => {
  const addresses = rules.filter((r) => r.startsWith('Address:')).sort();
  return [...addresses, ...rules.filter((r) => !r.startsWith('Address:'))];
};
const t = (label, f) => {
  try {
    console.log(label, util.inspect(f()));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};

const b = new net.BlockList();
b.addAddress('123.123.123.123');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
b.addAddress('::ffff:1.2.3.4', 'ipv6');
b.addSubnet('192.168.0.0', 16);
b.addAddress('123.123.123.123');
t('rules', () => sortAddresses(b.rules));
t('size', () => b.size);
t('inspect', () => util.inspect(b).split('\n').length);
for (const [a, f] of [['123.123.123.123'], ['10.0.0.5'], ['10.0.0.11'], ['::ffff:10.0.0.5', 'ipv6'],
  ['8592:757c:efae:4e45::f', 'ipv6'], ['8592:757c:efae:4e46::f', 'ipv6'], ['1.2.3.4'], ['192.168.200.1'],
  ['::ffff:c0a8:101', 'ipv6'], ['not an address'], ['::1']]) {
  t(`check ${a} ${f ?? ''}`, () => b.check(a, f));
}
t('check SocketAddress', () => b.check(new net.SocketAddress({ address: '10.0.0.2' })));
t('isBlockList', () => [net.BlockList.isBlockList(b), net.BlockList.isBlockList({})]);

const c = new net.BlockList();
c.addAddresses(['1.1.1.1', '2.2.2.2']);
c.addAddresses(['::3'], 'ipv6');
c.addCIDR('10.0.0.0/8');
c.addCIDRs(['fe80::/10', '172.16.0.0/12']);
c.addRange('5.5.5.1', '5.5.5.9');
t('c rules', () => sortAddresses(c.rules));
c.removeAddress('1.1.1.1');
c.removeCIDR('10.0.0.0/8');
c.removeRange('5.5.5.1', '5.5.5.9');
c.removeAddress('9.9.9.9');
t('c after removes', () => sortAddresses(c.rules));
t('c check fe80::1', () => c.check('fe80::1', 'ipv6'));
t('c toJSON', () => JSON.stringify(sortAddresses(c.toJSON())));
const d = new net.BlockList();
d.fromJSON(c.toJSON());
d.fromJSON('["Address: IPv4 4.4.4.4", "Address: IPv4 5.5.5.5", "bogus", "Range: IPv4 x-y"]');
t('d from JSON', () => sortAddresses(d.rules));
const one = new net.BlockList();
one.addAddress('9.9.9.9');
one.addSubnet('10.0.0.0', 8);
one.addRange('1.1.1.1', '1.1.1.5');
t('inspect one of each', () => one);
c.clear();
t('c cleared', () => [c.rules, c.size]);

t('addSubnet prefix 33', () => b.addSubnet('1.2.3.4', 33));
t('addSubnet prefix string', () => b.addSubnet('1.2.3.4', '8'));
t('addSubnet ipv6 129', () => b.addSubnet('::', 129, 'ipv6'));
t('addSubnet bad family', () => b.addSubnet('1.2.3.4', 3, 'ipv7'));
t('addRange reversed', () => b.addRange('1.2.3.5', '1.2.3.4'));
t('addRange end 5', () => b.addRange('1.1.1.1', 5));
t('addAddress 5', () => b.addAddress(5));
t('addAddress bad', () => b.addAddress('1.2.3'));
t('addAddress family 5', () => b.addAddress('1.2.3.4', 5));
t('check 5', () => b.check(5));
t('addAddresses string', () => b.addAddresses('x'));
t('addAddresses array in array', () => b.addAddresses([['::1', 'ipv6']]));
t('addAddresses ipv6 as ipv4', () => b.addAddresses(['7.7.7.7', '::9']));
t('after a partial addAddresses', () => b.rules.filter((r) => r.includes('7.7.7.7')));
t('addCIDR no prefix', () => b.addCIDR('10.0.0.0'));
t('addCIDR bad prefix', () => b.addCIDR('1.2.3.4/x'));
t('addCIDR bad address', () => b.addCIDR('x/8'));
t('addCIDR 5', () => b.addCIDR(5));
t('fromJSON 5', () => b.fromJSON(5));
t('fromJSON [5]', () => b.fromJSON([5]));
