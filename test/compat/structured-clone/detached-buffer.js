'use strict';
// structuredClone: detached buffer.
const ab = new ArrayBuffer(4);
structuredClone(ab, { transfer: [ab] });
try { structuredClone(ab); } catch (e) { console.log(e.name, e.code, e.message); }
