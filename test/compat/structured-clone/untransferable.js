'use strict';
// structuredClone: untransferable.
const { markAsUntransferable, isMarkedAsUntransferable } = require('worker_threads');
const ab = new ArrayBuffer(4);
console.log(isMarkedAsUntransferable(ab));
markAsUntransferable(ab);
console.log(isMarkedAsUntransferable(ab), isMarkedAsUntransferable({}), isMarkedAsUntransferable(null));
try { structuredClone(ab, { transfer: [ab] }); } catch (e) { console.log(e.name, e.message); }
console.log(structuredClone(ab).byteLength, ab.byteLength);
markAsUntransferable(1);
markAsUntransferable(null);
