'use strict';
// Response.error(), Response.json() and Response.redirect().
const util = require('util');
(async () => {
  const e = Response.error();
  console.log(util.inspect(e));
  console.log(e.type, e.status, e.ok, e.body, e.statusText === '');
  const j = Response.json({ a: [1, 'two', null] }, { status: 202, statusText: 'Acc', headers: { x: 'y' } });
  console.log(j.status, j.statusText, [...j.headers], await j.text());
  console.log([...Response.json('s', { headers: { 'Content-Type': 'text/mine' } }).headers]);
  console.log(await Response.json(null).json(), await Response.json(0).text());
  for (const status of [301, 302, 303, 307, 308]) {
    const r = Response.redirect(`http://example.test/to?${status}`, status);
    console.log(status, r.status, r.type, [...r.headers], r.body, r.redirected);
  }
  const d = Response.redirect(new URL('http://example.test/a/../b'));
  console.log(d.status, d.headers.get('location'));
})();
