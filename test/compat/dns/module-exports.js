const dns = require('dns');
console.log(Object.keys(dns).join(' '));
console.log(Object.keys(dns.promises).join(' '));
console.log(require('dns/promises') === dns.promises, require('node:dns/promises') === dns.promises);
console.log(require('node:dns') === dns);
