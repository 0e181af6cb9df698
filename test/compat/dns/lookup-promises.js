const dnsPromises = require('dns/promises');
const { describeError, show } = require('./_util');
show('bad family', () => dnsPromises.lookup('x', { family: 7 }));
(async () => {
  console.log(await dnsPromises.lookup('localhost', 4));
  console.log(await dnsPromises.lookup('localhost', { family: 4, all: true }));
  console.log(await dnsPromises.lookup('192.168.1.1'));
  console.log(await dnsPromises.lookup(''));
  try {
    await dnsPromises.lookup('no-such-host.invalid');
  } catch (e) {
    console.log(describeError(e));
  }
  const s = await dnsPromises.lookupService('127.0.0.1', 22);
  console.log(Object.keys(s), s.service);
})();
