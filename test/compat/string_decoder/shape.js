'use strict';
const t = require('./_t');

const sd = require('string_decoder');
const util = require('util');
console.log(Object.keys(sd), typeof sd.StringDecoder);
const d = new sd.StringDecoder('hex');
t('keys', () => Object.keys(d));
t('inspect', () => util.inspect(d));
t('proto', () => Object.getOwnPropertyNames(sd.StringDecoder.prototype).sort());
t('call without new', () => { try { return sd.StringDecoder('utf8'); } catch (e) { return e.name; } });
t('node:', () => require('node:string_decoder') === sd);
