'use strict';
const t = require('./_t');

const buffer = require('buffer');
console.log(Object.keys(buffer));
t('same', () => require('node:buffer') === buffer && buffer.Buffer === Buffer);
t('constants', () => buffer.constants);
t('kMaxLength', () => [buffer.kMaxLength, buffer.kStringMaxLength, buffer.constants.MAX_LENGTH === buffer.kMaxLength]);
t('globals', () => [typeof atob, typeof btoa, typeof Blob, typeof File, atob === buffer.atob, Blob === buffer.Blob, File === buffer.File]);
t('global desc', () => { const d = Object.getOwnPropertyDescriptor(globalThis, 'Buffer'); return [d.writable, d.enumerable, d.configurable]; });
t('resolveObjectURL', () => buffer.resolveObjectURL('blob:nodedata:abc'));
t('resolveObjectURL bad', () => buffer.resolveObjectURL('http://x'));
t('isBuiltin', () => require('module').isBuiltin('buffer'));
