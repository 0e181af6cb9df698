// randomUUID's shape and options.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let ok = true;
for (let i = 0; i < 200; i++) if (!re.test(crypto.randomUUID())) ok = false;
console.log('v4 shape:', ok, crypto.randomUUID() !== crypto.randomUUID());
console.log(re.test(crypto.randomUUID({ disableEntropyCache: true })));
attempt('options type', () => crypto.randomUUID(5));
attempt('option type', () => crypto.randomUUID({ disableEntropyCache: 5 }));
