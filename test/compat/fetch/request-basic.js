'use strict';
// Request: its fields after construction, method normalisation, util.inspect, and building one
// Request from another (fields copied, init overriding).
const util = require('util');
const r = new Request('http://example.test/a/../b?c=1#frag', { method: 'post', body: 'hi', headers: { X: '1' } });
console.log(util.inspect(r));
console.log(r.url, r.method, [...r.headers], r.bodyUsed, r.redirect, r.mode, r.credentials, r.cache);
console.log(JSON.stringify([r.destination, r.referrer, r.referrerPolicy, r.integrity]), r.keepalive,
  r.isReloadNavigation, r.isHistoryNavigation, r.duplex, util.inspect(r.signal), r.body.constructor.name);
for (const m of ['get', 'Delete', 'oPtIoNs', 'head', 'put', 'PATCH', 'Foo', 'm-search']) {
  console.log(m, '->', new Request('http://x/', { method: m }).method);
}
console.log(new Request(new URL('http://x/path')).url, new Request('HTTP://X:80/').url);
const base = new Request('http://x/', {
  method: 'PUT', headers: { a: '1' }, redirect: 'manual', cache: 'no-store', credentials: 'omit',
  mode: 'same-origin', integrity: 'sha256-x', keepalive: true, referrer: 'http://ref.test/p',
  referrerPolicy: 'no-referrer',
});
const copy = new Request(base, { method: 'DELETE', headers: { b: '2' } });
console.log(copy.method, [...copy.headers], copy.redirect, copy.cache, copy.credentials, copy.mode, copy.integrity,
  copy.keepalive, copy.referrer, copy.referrerPolicy);
const same = new Request(base);
console.log(same.method, [...same.headers], same.url);
console.log(new Request('http://x/', { referrer: '' }).referrer === '', new Request('http://x/', { referrer: 'about:client' }).referrer);
console.log(Object.prototype.toString.call(r), Request.name, Request.length);
