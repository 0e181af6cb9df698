'use strict';
// SuppressedError: an error and the one it suppressed, with or without new.
const log = (...a) => console.log(...a);
const e = new SuppressedError(new Error('cause'), 'earlier', 'both failed');
log(e.name, e.message, e.error.message, e.suppressed);
log(Reflect.ownKeys(e).filter((k) => k !== 'stack'));
log(Object.getOwnPropertyDescriptor(e, 'suppressed'));
log(e.stack.split('\n')[0], e.stack.split('\n')[1].includes('suppressed-error.js'));
const f = SuppressedError(1, 2);
log(f instanceof SuppressedError, f.message, 'message' in f, Object.hasOwn(f, 'message'), f.error, f.suppressed);
log(new SuppressedError(1, 2, { toString() { return 'converted'; } }).message);
log(new SuppressedError(1, 2, 3).message, typeof new SuppressedError(1, 2, 3).message);
log(SuppressedError.length, SuppressedError.name, Object.getPrototypeOf(SuppressedError) === Error);
log(Object.getOwnPropertyNames(SuppressedError.prototype), SuppressedError.prototype.name,
    JSON.stringify(SuppressedError.prototype.message));
log(Object.getPrototypeOf(SuppressedError.prototype) === Error.prototype, String(e));
class Mine extends SuppressedError {}
const m = new Mine('a', 'b', 'c');
log(m instanceof Mine, m.constructor.name, m.error, m.suppressed, m.message);
log(Object.prototype.toString.call(e));
try { throw new SuppressedError(1, 2, 'thrown'); } catch (x) { log(x.message); }
