// pbkdf2 argument errors.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
attempt('password', () => crypto.pbkdf2Sync(5, 's', 1, 20, 'sha1'));
attempt('salt', () => crypto.pbkdf2Sync('p', 5, 1, 20, 'sha1'));
attempt('iterations type', () => crypto.pbkdf2Sync('p', 's', '1', 20, 'sha1'));
attempt('iterations zero', () => crypto.pbkdf2Sync('p', 's', 0, 20, 'sha1'));
attempt('iterations fraction', () => crypto.pbkdf2Sync('p', 's', 1.5, 20, 'sha1'));
attempt('keylen type', () => crypto.pbkdf2Sync('p', 's', 1, '20', 'sha1'));
attempt('keylen negative', () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'));
attempt('digest missing', () => crypto.pbkdf2Sync('p', 's', 1, 20));
attempt('digest type', () => crypto.pbkdf2Sync('p', 's', 1, 20, 5));
attempt('digest unknown', () => crypto.pbkdf2Sync('p', 's', 1, 20, 'nope'));
attempt('callback missing', () => crypto.pbkdf2('p', 's', 1, 20, 'sha1'));
attempt('async digest unknown', () => crypto.pbkdf2('p', 's', 1, 20, 'nope', () => {}));
