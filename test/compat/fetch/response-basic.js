'use strict';
// Response made by user code: status, ok, statusText, headers, type, url, util.inspect.
const util = require('util');
const r = new Response('hello', { status: 201, statusText: 'Made', headers: { A: 'b' } });
console.log(util.inspect(r));
console.log(r.ok, r.status, r.statusText, r.type, JSON.stringify(r.url), r.redirected, [...r.headers], r.bodyUsed);
console.log(util.inspect(new Response()));
console.log(new Response().body, new Response(null).body, new Response(undefined).body);
console.log(new Response('').body === null, new Response(null, { status: 204 }).body);
for (const status of [200, 299, 300, 404, 599, 200.7, '250']) {
  const x = new Response(null, { status });
  console.log(status, x.status, x.ok);
}
console.log(JSON.stringify(new Response(null, { statusText: 'x y\tz' }).statusText), new Response(null, { statusText: 'é' }).statusText);
console.log(Object.getOwnPropertyNames(Response.prototype));
console.log(Object.getOwnPropertyNames(Response).sort(), Object.prototype.toString.call(r), Response.length);
console.log([...new Response(null, { headers: [['x', '1'], ['x', '2']] }).headers]);
