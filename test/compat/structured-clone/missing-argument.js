'use strict';
// structuredClone: missing argument.
try { structuredClone(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(structuredClone(undefined), structuredClone(null));
