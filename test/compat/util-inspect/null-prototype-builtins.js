// built-in objects re-parented to a null prototype keep their kind: "[RegExp: null prototype] /abc/gi"
const r = /abc/gi; Object.setPrototypeOf(r, null); console.log(r);
const d = new Date(0); Object.setPrototypeOf(d, null); console.log(d);
const s = new Set([1]); Object.setPrototypeOf(s, null); console.log(s);
const n = new Number(2); Object.setPrototypeOf(n, null); console.log(n);
const f = function ff() {}; Object.setPrototypeOf(f, null); console.log([f]);
const e = new Error('np'); e.stack = 'Error: np'; Object.setPrototypeOf(e, null); console.log(e);
const t = new Uint8Array(2); Object.setPrototypeOf(t, null); console.log(t);
