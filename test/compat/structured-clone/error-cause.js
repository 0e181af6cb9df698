'use strict';
// structuredClone of error cause: type, message, cause and stack survive (stacks are not
// printed: internal frames differ, see docs/compat.md).
const value = new Error('outer', { cause: new Error('inner') });
const show = (e) => [Object.getPrototypeOf(e).constructor.name, e.name, e.message, e.cause && e.cause.message,
                     typeof e.stack];
const copy = structuredClone(value);
console.log(Array.isArray(value) ? copy.map(show) : show(copy));
console.log(copy !== value);
