'use strict';
// structuredClone: options validation.
const t = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => structuredClone(1, 5));
t(() => structuredClone(1, 'x'));
t(() => structuredClone(1, null));
t(() => structuredClone(1, undefined));
t(() => structuredClone(1, {}));
t(() => structuredClone(1, { transfer: 5 }));
t(() => structuredClone(1, { transfer: null }));
t(() => structuredClone(1, { transfer: [] }));
t(() => structuredClone(1, { transfer: [{}] }));
t(() => structuredClone(1, { transfer: [1] }));
