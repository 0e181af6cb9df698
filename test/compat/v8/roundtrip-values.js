const v8 = require('v8');
const util = require('util');
const values = [undefined, null, true, 0, -1, 1.5, -0, NaN, 'str', 'Ω', 12n, -(2n ** 70n), { a: [1, { b: 2 }] }, [1, , 3],
  new Date(5), /re/gi, new Map([[{ k: 1 }, new Set([1])]]), new Number(1), new String('s'), Object(false),
  Object.assign([1, 2], { p: 3 }), { 3: 'three', x: 'ex' }];
for (const v of values) {
  const back = v8.deserialize(v8.serialize(v));
  console.log(util.inspect(back), util.isDeepStrictEqual(back, v) || Object.is(back, v));
}
