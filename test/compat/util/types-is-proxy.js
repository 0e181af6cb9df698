// util.types.isProxy: exact for plain, function and revoked proxies; not fooled by a class named Proxy.
const { types } = require('util');
const r = Proxy.revocable({}, {}); r.revoke();
for (const v of [new Proxy({}, {}), new Proxy(function () {}, {}), new (class Proxy {})(), r.proxy, {}, [], null, 1, 'x', Object.create(null), new Proxy([], {})]) {
  console.log(types.isProxy(v));
}
