// circular references: "<ref *N>" on the target and "[Circular *N]" where it recurs
const a = { name: 'a' };
a.self = a;
console.log(a);
const b = { x: { y: {} } };
b.x.y.back = b.x;
console.log(b);
const arr = [1];
arr.push(arr);
console.log(arr);
const m = new Map();
m.set('me', m);
console.log(m);
const p = { };
const q = { p };
p.q = q;
p.self = p;
console.log([p, q]);
