const v8 = require('v8');
const grown = [1, 2, 3];
grown.length = 5;
const withProp = [1, 2];
withProp.extra = 'x';
const values = [[], [1, 2], [1, 2.5], [1, 'a', 2.5], [1, , 3], new Array(3), grown, withProp, [[1], [2, [3]]],
  [null, undefined, true], [-0, 1], ['x', { y: 1 }]];
for (const v of values) console.log(v8.serialize(v).toString('hex'));
