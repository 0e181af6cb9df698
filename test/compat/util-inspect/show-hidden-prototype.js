'use strict';
// util.inspect with showHidden lists what an instance inherits from the prototypes of user classes
// (accessors and values; not methods, not what builtins' prototypes have), in brackets when not
// enumerable, with getters: true their values, up to three prototypes up.
const util = require('util');
class A { get x() { return 1; } m() {} static s() {} }
class B extends A { get y() { return 2; } set y(v) {} }
class C extends B { get z() { return 3; } }
class D extends C { get w() { return 4; } }
A.prototype.shared = 'proto value';
console.log(util.inspect(new A(), { showHidden: true }));
console.log(util.inspect(new B(), { showHidden: true }));
console.log(util.inspect(new B(), { showHidden: true, getters: true }));
console.log(util.inspect(new D(), { showHidden: true }));
const own = new B();
own.y = 5;
own.mine = true;
console.log(util.inspect(own, { showHidden: true }));
console.log(util.inspect(Object.create({ get z() { return 3; }, v: 1 }), { showHidden: true }));
console.log(util.inspect(new Map([[1, 2]]), { showHidden: true }));
console.log(util.inspect([1, 2], { showHidden: true }));
console.log(util.inspect({ a: new B() }, { showHidden: true, depth: 0 }));
console.log(util.inspect({ a: new B() }, { showHidden: true, depth: 1 }));
class Thrower { get bad() { throw 'no'; } } // eslint-disable-line no-throw-literal
console.log(util.inspect(new Thrower(), { showHidden: true, getters: true }));
class Err extends Error { get extra() { return 'e'; } }
console.log(util.inspect(new Err('m'), { showHidden: true }).split('\n')[0]);
class Fn extends Function { get f() { return 1; } }
console.log(util.inspect(new A(), { showHidden: true, colors: true }));
console.log(util.inspect(new URLPattern({ pathname: '/a' }), { showHidden: true, getters: true }));
