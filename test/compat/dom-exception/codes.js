// The legacy code constants, on the class and on its prototype.
const names = Object.getOwnPropertyNames(DOMException).filter((n) => n.endsWith('_ERR'));
console.log(names.length);
for (const n of names) console.log(n, DOMException[n], DOMException.prototype[n], new DOMException()[n]);
console.log(Object.getOwnPropertyDescriptor(DOMException, 'INDEX_SIZE_ERR'));
console.log(Object.getOwnPropertyDescriptor(DOMException.prototype, 'DATA_CLONE_ERR'));
console.log(Object.getOwnPropertyNames(DOMException));
console.log(Object.getOwnPropertyNames(DOMException.prototype));
