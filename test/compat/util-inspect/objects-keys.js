// key quoting rules: identifiers bare, $ and digits and punctuation quoted, symbol keys, __proto__, non-enumerable hidden
console.log({ a: 1, _b: 2, $c: 3, 'd-e': 4, 1: 5, '01': 6, 'f g': 7, 'ü': 8, A9: 9, 9: 10 });
console.log({ [Symbol('s')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, [Symbol.for('f')]: 4 });
console.log({ ['__proto__']: 1 });
const o = { visible: 1 };
Object.defineProperty(o, 'hidden', { value: 2, enumerable: false });
Object.defineProperty(o, Symbol('hid'), { value: 3, enumerable: false });
console.log(o);
console.log({}, { a: {} }, { a: [] });
console.log({ 'key\nwith newline': 1, "it's": 2, '': 3 });
