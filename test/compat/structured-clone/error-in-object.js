'use strict';
// structuredClone: error in object.
const c = structuredClone({ err: new TypeError('inside'), list: [new Error('one')] });
console.log(c.err instanceof TypeError, c.err.message, c.list[0].message);
