'use strict';
// The members of the fetch classes' prototypes: names, order and enumerability, as for...in sees them.
for (const C of [Headers, Request, Response, FormData]) {
  const members = Object.getOwnPropertyNames(C.prototype).map((name) => {
    const d = Object.getOwnPropertyDescriptor(C.prototype, name);
    const kind = d.get ? 'getter' : typeof d.value;
    return `${name}:${kind}${d.enumerable ? '' : ' (hidden)'}`;
  });
  console.log(C.name, members.join(' '));
  console.log('  statics', Object.getOwnPropertyNames(C).sort().join(' '), '| toStringTag', C.prototype[Symbol.toStringTag]);
}
const keys = [];
for (const key in new Request('http://x/')) keys.push(key);
console.log('for...in Request:', keys.join(' '));
const rkeys = [];
for (const key in new Response()) rkeys.push(key);
console.log('for...in Response:', rkeys.join(' '));
