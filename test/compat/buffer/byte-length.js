'use strict';
const t = require('./_t');

t('str', () => Buffer.byteLength('héllo'));
t('empty', () => Buffer.byteLength(''));
for (const enc of ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'bogus', undefined, 'UTF16LE'])
  t(`enc ${enc}`, () => Buffer.byteLength('aé€==', enc));
t('buffer', () => Buffer.byteLength(Buffer.alloc(5)));
t('uint16', () => Buffer.byteLength(new Uint16Array(3)));
t('dataview', () => Buffer.byteLength(new DataView(new ArrayBuffer(7))));
t('arraybuffer', () => Buffer.byteLength(new ArrayBuffer(9)));
t('number', () => Buffer.byteLength(5));
t('undefined', () => Buffer.byteLength());
t('object', () => Buffer.byteLength({}));
t('big', () => Buffer.byteLength('é'.repeat(100000)));
