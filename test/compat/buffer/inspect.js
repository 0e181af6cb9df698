'use strict';
const t = require('./_t');

const util = require('util');
const buffer = require('buffer');
t('small', () => util.inspect(Buffer.from('abc')));
t('empty', () => util.inspect(Buffer.alloc(0)));
t('50', () => util.inspect(Buffer.alloc(50, 1)));
t('51', () => util.inspect(Buffer.alloc(51, 1)));
t('60', () => util.inspect(Buffer.alloc(60, 2)));
t('in array', () => util.inspect([Buffer.from('a'), { b: Buffer.from('b') }]));
const x = Buffer.from('hi'); x.foo = 1; x.bar = 'z';
t('extra props', () => util.inspect(x));
const y = Buffer.alloc(0); y.foo = [1];
t('extra empty', () => util.inspect(y));
t('method', () => Buffer.from('q').inspect());
buffer.INSPECT_MAX_BYTES = 2;
t('max 2', () => util.inspect(Buffer.from('abcd')));
t('max 2 exact+1', () => util.inspect(Buffer.from('abc')));
t('INSPECT_MAX_BYTES', () => buffer.INSPECT_MAX_BYTES);
t('set bad', () => { buffer.INSPECT_MAX_BYTES = 'x'; });
t('set neg', () => { buffer.INSPECT_MAX_BYTES = -1; });
buffer.INSPECT_MAX_BYTES = 50;
class MyBuf extends Buffer {}
t('subclass', () => util.inspect(Object.setPrototypeOf(Buffer.from('z'), MyBuf.prototype)));
t('console', () => { console.log(Buffer.from('log')); console.log('%o', Buffer.from([1])); });
t('uint8array', () => util.inspect(new Uint8Array([1, 2])));
