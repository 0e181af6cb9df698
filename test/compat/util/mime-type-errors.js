'use strict';
const { MIMEType } = require('util');
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
for (const s of ['text', '/html', 'te xt/html', 'text/ht ml', 'text/', '', '  ', 'a/b/c', 'a(/b']) t(() => new MIMEType(s));
t(() => { const m = new MIMEType('a/b'); m.type = 'x y'; });
t(() => { const m = new MIMEType('a/b'); m.subtype = ''; });
t(() => { const m = new MIMEType('a/b'); m.type = ''; });
t(() => { const m = new MIMEType('a/b;x=1'); m.params.set('bad key', 'v'); });
t(() => { const m = new MIMEType('a/b;x=1'); m.params.set('k', 'bad\nvalue'); });
t(() => { const m = new MIMEType('a/b;x=1'); m.params.set('', 'v'); });
