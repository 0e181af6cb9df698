// http.STATUS_CODES and http.METHODS.
'use strict';
const http = require('http');
console.log(http.STATUS_CODES);
console.log(http.METHODS);
// setGlobalProxyFromEnv (undici's proxy dispatcher) is not part of node4j's http.
const notHere = ['setGlobalProxyFromEnv'];
console.log(Object.keys(http).filter((k) => !notHere.includes(k)).sort().join());
