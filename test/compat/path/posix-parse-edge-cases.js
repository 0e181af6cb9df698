// path.parse, extname and basename(suffix) on the edge cases where Node has quirks.
const path = require('path');
for (const c of ['/a/..', 'a/..', '/...', '/.a', '..', '/x/.', '/.', './..', '//..', 'a/b/..', '/a.b/..', '...', '/a/...b']) console.log(JSON.stringify([c, path.parse(c), path.extname(c), path.basename(c)]));
for (const [a,b] of [['b.js','b.js'],['.js','.js'],['x.js','s'],['/dir/','dir'],['a','a'],['aa/','a'],['a.js/','.js/']]) console.log(JSON.stringify([a,b,path.basename(a,b)]));
