// Setters convert their value to a string (null, undefined, numbers, objects) as Node's do.
const u = new URL('http://h/p');
for (const value of [null, undefined, 0, 8080, { toString: () => 'obj' }, true, [1, 2]]) {
  const c = new URL(u.href);
  c.pathname = value;
  c.search = value;
  c.hash = value;
  c.username = value;
  console.log(String(value), c.href);
}
const p = new URL('http://h/');
p.port = 81.9;
console.log(p.port);
p.port = '  ';
console.log(p.port);
p.port = '1e3';
console.log(p.port);
try { p.hash = Symbol('x'); } catch (err) { console.log(err.name); }
try { p.href = 'no'; } catch (err) { console.log(err.code, err.input); }
const frozen = Object.freeze(new URL('http://f/'));
frozen.pathname = '/changed';
console.log(frozen.href);
