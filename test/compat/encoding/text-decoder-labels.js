'use strict';
const t = require('./_t');

for (const l of ['utf8', 'UTF-8 ', ' unicode-1-1-utf-8', 'latin1', 'ascii', 'iso-8859-1', 'us-ascii', 'windows-1252', 'utf-16', 'utf-16le', 'ucs-2', 'unicode', 'utf-16be', 'x-user-defined', 'shift_jis', 'sjis', 'iso-8859-2', 'koi8-r', 'gbk', 'big5', 'euc-kr', 'euc-jp', 'bogus', '', 'utf-32', 'UTF8\n'])
  t(JSON.stringify(l), () => new TextDecoder(l).encoding);
t('undefined', () => new TextDecoder(undefined).encoding);
t('null', () => new TextDecoder(null).encoding);
t('bad options', () => new TextDecoder('utf8', 5));
t('null options', () => new TextDecoder('utf8', null).fatal);
