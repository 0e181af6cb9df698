// Hash argument and state errors.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
attempt('unknown', () => crypto.createHash('nope'));
attempt('not a string', () => crypto.createHash(5));
attempt('update number', () => crypto.createHash('sha256').update(1));
attempt('update null', () => crypto.createHash('sha256').update(null));
attempt('update object', () => crypto.createHash('sha256').update({}));
const h = crypto.createHash('sha256');
h.digest();
attempt('update after digest', () => h.update('x'));
attempt('digest twice', () => h.digest());
attempt('outputLength on sha256', () => crypto.createHash('sha256', { outputLength: 5 }));
attempt('outputLength type', () => crypto.createHash('shake128', { outputLength: 'x' }));
attempt('outputLength negative', () => crypto.createHash('shake128', { outputLength: -1 }));
attempt('options type', () => crypto.createHash('sha256', 5));
attempt('same length ok', () => crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
