// util.inspect of controllers and signals.
const util = require('util');
const ac = new AbortController();
console.log(ac, ac.signal);
console.log(util.inspect(ac, { depth: -1 }), util.inspect(ac.signal, { depth: -1 }));
console.log(util.inspect(ac, { depth: 0 }));
console.log(util.inspect({ nested: { ac } }));
ac.abort();
console.log(ac, ac.signal);
console.log(AbortSignal.abort(), AbortSignal.any([]), AbortSignal.timeout(1000));
console.log(Object.getOwnPropertySymbols(new AbortController().signal).map(String));
