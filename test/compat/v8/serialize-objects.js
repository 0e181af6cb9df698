const v8 = require('v8');
const values = [{}, { a: 1 }, { 1: 2, b: 3 }, { b: 1, a: 2, 0: 3 }, { nested: { deeper: { x: null } } },
  Object.create({ inherited: 1 }), Object.defineProperty({ seen: 1 }, 'hidden', { value: 2 }),
  { [Symbol('s')]: 1, z: 2 }, { get g() { return 'got'; } }, new (class Point { constructor() { this.x = 1; this.y = 2; } })(),
  Object.assign(Object.create(null), { n: 1 }), { '-1': 1, '1.5': 2, 4294967295: 3 }];
for (const v of values) console.log(v8.serialize(v).toString('hex'));
