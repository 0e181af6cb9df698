'use strict';
// Headers in util.inspect: names as first given, in insertion order, values joined; the
// iterator's tag; the prototype's members.
const util = require('util');
const h = new Headers({ B: '1', a: '2', 'Set-Cookie': 'x=1' });
h.append('set-cookie', 'y=2');
h.append('a', '3');
console.log(util.inspect(h));
console.log(util.inspect(new Headers()));
console.log(util.inspect({ nested: { h: new Headers({ k: 'v' }) } }));
console.log(Object.prototype.toString.call(h), String(h));
console.log(util.inspect(h.entries()), Object.prototype.toString.call(h.keys()));
console.log(Object.getOwnPropertyNames(Headers.prototype));
console.log(typeof Headers.prototype[Symbol.iterator], Headers.prototype[Symbol.iterator] === Headers.prototype.entries);
console.log(Headers.name, Headers.length);
console.log(Object.keys(h), JSON.stringify(h));
