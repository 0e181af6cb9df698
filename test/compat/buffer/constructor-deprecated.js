// compat: stderr
const t = require('./_t');

t('num', () => Buffer(3));
t('str', () => Buffer('abc'));
t('new', () => new Buffer([1, 2]));
t('hex', () => Buffer('6162', 'hex'));
t('num+enc', () => Buffer(3, 'utf8'));
t('is buffer', () => Buffer(2) instanceof Buffer);
