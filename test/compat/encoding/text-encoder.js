'use strict';
const t = require('./_t');

const util = require('util');
const enc = new TextEncoder();
t('encoding', () => enc.encoding);
t('encode', () => enc.encode('héllo €😀'));
t('encode empty', () => enc.encode());
t('encode undefined', () => enc.encode(undefined));
t('encode number', () => enc.encode(123));
t('encode null', () => enc.encode(null));
t('encode lone', () => enc.encode('\ud800'));
t('is Uint8Array', () => [enc.encode('a') instanceof Uint8Array, Buffer.isBuffer(enc.encode('a'))]);
t('inspect', () => util.inspect(enc));
t('util same', () => util.TextEncoder === TextEncoder && util.TextDecoder === TextDecoder);
t('toStringTag', () => Object.prototype.toString.call(enc));
t('bad this', () => TextEncoder.prototype.encode.call({}, 'a'));
t('large', () => enc.encode('é'.repeat(50000)).length);
