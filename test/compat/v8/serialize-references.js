const v8 = require('v8');
const shared = { s: 1 };
const cyclic = { name: 'c' };
cyclic.self = cyclic;
const list = [];
list.push(list);
const map = new Map();
map.set(map, map);
const buf = Buffer.from('ab');
for (const v of [[shared, shared], cyclic, list, map, { a: shared, b: [shared] }, [buf, buf], [new Date(0), new Date(0)]]) {
  console.log(v8.serialize(v).toString('hex'));
}
