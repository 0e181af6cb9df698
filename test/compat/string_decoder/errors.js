'use strict';
const t = require('./_t');

const { StringDecoder } = require('string_decoder');
t('unknown', () => new StringDecoder('foo'));
t('number', () => new StringDecoder(5));
t('null', () => new StringDecoder(null).encoding);
t('empty', () => new StringDecoder('').encoding);
t('write number', () => new StringDecoder().write(1));
t('write null', () => new StringDecoder().write(null));
t('write array', () => new StringDecoder().write([1]));
t('end bad', () => new StringDecoder().end(5));
t('bad this', () => StringDecoder.prototype.write.call({}, Buffer.from('a')));
