'use strict';
// structuredClone of error types: type, message, cause and stack survive (stacks are not
// printed: internal frames differ, see docs/compat.md).
const value = [new TypeError('t'), new RangeError('r'), new SyntaxError('s'), new ReferenceError('f'), new EvalError('e'), new URIError('u')];
const show = (e) => [Object.getPrototypeOf(e).constructor.name, e.name, e.message, e.cause && e.cause.message,
                     typeof e.stack];
const copy = structuredClone(value);
console.log(Array.isArray(value) ? copy.map(show) : show(copy));
console.log(copy !== value);
