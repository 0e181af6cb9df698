// IPv4 hosts generated from every number form: decimal, octal, hex, one to four parts, overflow.
const show = require('./_cases');
const forms = [(n) => `${n}`, (n) => `0${n.toString(8)}`, (n) => `0x${n.toString(16)}`, (n) => `0X${n.toString(16).toUpperCase()}`];
const cases = [];
for (const value of [0, 1, 7, 8, 255, 256, 65535, 65536, 16777215, 16777216, 4294967295]) {
  for (const form of forms) cases.push([`http://${form(value)}/`]);
}
for (const host of ['1.2.3.4', '1.2.3', '1.2', '255.255.255.255', '255.255.255.256', '0.0.0.0', '00.00.00.00', '1.2.3.4.',
  '1.2.3.4..', '.1.2.3.4', '1.2.3.4.5', '0x.0x.0x.0x', '0xg', '08', '0x100.1', '1.0x1000000', '0.0x1000000', '1.2.0x10000',
  '4294967296.0', '1e2', '-1', '1.2.3.-4', '1..3', '12345678901234567890', '0x1.0x2.0x3.0x4', '00000000000000001']) {
  cases.push([`http://${host}/`], [`sc://${host}/`]);
}
show(cases);
