'use strict';
const t = require('./_t');

const names = Object.getOwnPropertyNames(Buffer.prototype).sort();
console.log(names.join());
console.log(Object.getOwnPropertyNames(Buffer).sort().join());
t('proto chain', () => [Object.getPrototypeOf(Buffer) === Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Buffer.prototype.constructor === Buffer]);
t('instanceof', () => [Buffer.alloc(1) instanceof Buffer, Buffer.alloc(1) instanceof Uint8Array]);
t('name length', () => [Buffer.name, Buffer.length]);
t('aliases', () => [Buffer.prototype.readUint8 === Buffer.prototype.readUInt8, Buffer.prototype.writeBigUint64LE === Buffer.prototype.writeBigUInt64LE]);
t('toStringTag', () => Object.prototype.toString.call(Buffer.alloc(1)));
t('parent offset', () => { const b = Buffer.from(new ArrayBuffer(8), 2, 3); return [b.parent === b.buffer, b.offset]; });
t('parent of uint8', () => Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent').get.call(new Uint8Array(1)));
t('keys', () => Object.keys(Buffer.from('ab')));
t('entries', () => [...Buffer.from('ab').entries()]);
t('values', () => [...Buffer.from('ab').values()]);
t('keys()', () => [...Buffer.from('ab').keys()]);
t('iterate', () => { const r = []; for (const v of Buffer.from('ab')) r.push(v); return r; });
