'use strict';
// structuredClone: uncloneable.
const { markAsUncloneable } = require('worker_threads');
const o = { a: 1 };
markAsUncloneable(o);
try { structuredClone(o); } catch (e) { console.log(e.name, e.code, e.message); }
try { structuredClone({ inner: o }); } catch (e) { console.log(e.name, e.message); }
console.log(structuredClone({ a: 1 }));
