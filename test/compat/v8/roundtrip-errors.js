const v8 = require('v8');
for (const e of [new TypeError('bad'), new RangeError('range', { cause: 'why' }), Object.assign(new Error('plain'), { stack: 'custom stack' })]) {
  const back = v8.deserialize(v8.serialize(e));
  console.log(back.constructor.name, back instanceof Error, back.message, back.cause, Object.keys(back), typeof back.stack);
}
console.log(v8.deserialize(v8.serialize(Object.assign(new Error('s'), { stack: 'S' }))).stack);
