'use strict';
// structuredClone: circular.
const a = { name: 'a' };
a.self = a;
const b = [a, a];
const c = structuredClone(b);
console.log(c[0] === c[1], c[0].self === c[0], c[0] !== a);
const m = new Map(); m.set('m', m);
const mc = structuredClone(m);
console.log(mc.get('m') === mc);
