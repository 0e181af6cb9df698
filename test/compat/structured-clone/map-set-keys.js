'use strict';
// structuredClone: map set keys.
const key = { k: 1 };
const c = structuredClone({ m: new Map([[key, 'v']]), s: new Set([key]), key });
console.log(c.m.get(c.key), c.s.has(c.key));
