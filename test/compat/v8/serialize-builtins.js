const v8 = require('v8');
const values = [new Date(0), new Date(1700000000000), new Date(NaN), /ab/, /ab/gimsuy, /x/d, /x/v, new RegExp('/', 'g'),
  new RegExp(''), new Map(), new Map([[1, 'a'], ['b', { c: 2 }]]), new Set(), new Set([1, 'two', 3]),
  new Number(3), new Number(-0), new String('str'), new Boolean(true), new Boolean(false), new (class M extends Map {})([[1, 2]])];
for (const v of values) console.log(v8.serialize(v).toString('hex'));
