const dns = require('dns');
const { show } = require('./_util');
for (const options of [undefined, {}, { timeout: -1 }, { timeout: 0 }, { timeout: 100 }, { timeout: -2 },
                       { timeout: '1' }, { timeout: 1.5 }, { tries: 0 }, { tries: 1 }, { tries: 'x' },
                       { tries: 2 ** 31 }, { timeout: 2 ** 31 }, null, 'x', 5]) {
  show(JSON.stringify(options), () => typeof new dns.Resolver(options).resolve4);
}
