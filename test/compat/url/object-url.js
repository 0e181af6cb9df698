'use strict';
// URL.createObjectURL / URL.revokeObjectURL: blob:nodedata:UUID URLs, argument errors, revocation.
const { Blob, File, resolveObjectURL } = require('buffer');

const uuid = /^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const b = new Blob(['hello', ' world'], { type: 'Text/Plain' });
const u = URL.createObjectURL(b);
console.log(typeof u, uuid.test(u), u.length);
const parsed = new URL(u);
console.log(parsed.protocol, parsed.origin, parsed.pathname.startsWith('nodedata:'), parsed.pathname.length);
console.log(u === URL.createObjectURL(b), URL.createObjectURL(b) !== URL.createObjectURL(b));
console.log(uuid.test(URL.createObjectURL(new File(['x'], 'f.txt'))), uuid.test(URL.createObjectURL(new Blob())));
class MyBlob extends Blob {}
console.log(uuid.test(URL.createObjectURL(new MyBlob(['q']))));
console.log(uuid.test(URL.createObjectURL.call(null, b)), uuid.test(require('url').URL.createObjectURL(b)));

for (const v of [undefined, null, 1, 'str', {}, new Uint8Array(2), [], Symbol('s'), Object.create(Blob.prototype),
                 { size: 1, type: '', text() {} }, Blob]) {
  try {
    console.log(URL.createObjectURL(v));
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
try { URL.createObjectURL(); } catch (e) { console.log(e.code, e.name, e.message); }

// revokeObjectURL: needs an argument, ignores anything that is not a registered URL.
try { URL.revokeObjectURL(); } catch (e) { console.log(e.code, e.name, e.message); }
for (const v of [undefined, null, 1, {}, 'x', 'blob:nodedata:zzz', 'blob:nodedata:', 'blob:', 'blob:nodedata:a:b', u + 'x']) {
  console.log(URL.revokeObjectURL(v));
}
try { URL.revokeObjectURL(Symbol('s')); } catch (e) { console.log(e.name); }
console.log('still there', resolveObjectURL(u) !== undefined);
URL.revokeObjectURL({ toString() { console.log('toString called'); return u; } });
console.log('revoked', resolveObjectURL(u));
URL.revokeObjectURL(u);
console.log('twice', resolveObjectURL(u));

// Which strings revoke: the URL's path split at ':' in exactly two, the second half the id.
const forms = {
  'other scheme': (id) => 'x:nodedata:' + id,
  'other base': (id) => 'blob:zzz:' + id,
  'empty base': (id) => 'blob::' + id,
  'upper-case id': (id) => 'blob:nodedata:' + id.toUpperCase(),
  'query and hash': (id) => 'blob:nodedata:' + id + '?q#h',
  'http path': (id) => 'http://h/nodedata:' + id,
  'no blob scheme': (id) => 'nodedata:' + id,
  'bare id': (id) => id,
  'extra colon': (id) => 'blob:nodedata:' + id + ':',
  'spaces': (id) => '  blob:nodedata:' + id + '\t',
};
for (const [name, form] of Object.entries(forms)) {
  const url = URL.createObjectURL(new Blob(['abc']));
  URL.revokeObjectURL(form(url.slice('blob:nodedata:'.length)));
  console.log(name, resolveObjectURL(url) === undefined ? 'revoked' : 'kept');
}
console.log(URL.createObjectURL.length, URL.revokeObjectURL.length, URL.createObjectURL.name);
console.log(Object.keys(URL), Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL').enumerable);
