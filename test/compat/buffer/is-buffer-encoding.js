'use strict';
const t = require('./_t');

for (const v of [Buffer.alloc(1), new Uint8Array(1), {}, null, 'x', Buffer]) t('isBuffer', () => Buffer.isBuffer(v));
for (const e of ['utf8', 'UTF-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'base64', 'base64url', 'hex', 'ascii', 'HEX', 'Base64', '', 'utf9', null, undefined, 1, {}, 'utf-16', 'raw', 'buffer'])
  t(`isEncoding ${String(e)}`, () => Buffer.isEncoding(e));
