'use strict';
const t = require('./_t');

const util = require('util');
(async () => {
  const f = new File(['abc', 'd'], 'a.txt', { type: 'text/plain', lastModified: 42 });
  console.log(f.name, f.size, f.type, f.lastModified, util.inspect(f), f instanceof Blob, await f.text());
  console.log(Object.prototype.toString.call(f));
  const g = new File([], 5);
  console.log(g.name, typeof g.lastModified, g.lastModified > 1e12);
  console.log(new File([], 'x', { lastModified: 'abc' }).lastModified, new File([], 'x', { lastModified: '12' }).lastModified);
  try { new File(['a']); } catch (e) { console.log(e.code, e.message); }
  try { new File(); } catch (e) { console.log(e.code, e.message); }
  const s = f.slice(1);
  console.log(s instanceof File, s instanceof Blob, await s.text());
})();
