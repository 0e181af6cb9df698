// util.promisify honours util.promisify.custom, keeps properties, and validates its argument.
const util = require('util');
function legacy(cb) { cb(null, 'legacy'); }
legacy[util.promisify.custom] = () => Promise.resolve('custom');
console.log(util.promisify(legacy) === legacy[util.promisify.custom]);
util.promisify(legacy)().then((v) => console.log(v));
function withProps(a, cb) { cb(null, a); }
withProps.extra = 42;
const p = util.promisify(withProps);
console.log(p.extra, p.name, util.promisify(p) === p);
p('value').then((v) => console.log(v));
try { util.promisify('nope'); } catch (e) { console.log(e.code, e.message); }
try { util.callbackify(async () => 1)(); } catch (e) { console.log(e.code, e.message); }
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
