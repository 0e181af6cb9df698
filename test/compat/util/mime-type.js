'use strict';
const { MIMEType, MIMEParams } = require('util');
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
t(() => new MIMEType('text/html; charset=UTF-8'));
t(() => String(new MIMEType(' Text/HTML ; Charset="utf-8" ; foo=bar;;baz ; q="a\\"b" ')));
t(() => String(new MIMEType('text/html;a=1;A=2;b')));
t(() => new MIMEType({ toString() { return 'a/b'; } }).essence);
t(() => { const m = new MIMEType('a/b;x=1'); m.type = 'C'; m.subtype = 'D'; return [m.essence, String(m), JSON.stringify(m)]; });
t(() => String(new MIMEType('a/b;x="unterminated')));
t(() => String(new MIMEType('a/b;x="a\\')));
t(() => String(new MIMEType('a/b;x=é')));
t(() => String(new MIMEType('a/b;é=1')));
t(() => String(new MIMEType('a/b;x= 1 ;y="";z')));
t(() => [new MIMEType('a/b').type, new MIMEType('a/b').subtype, new MIMEType('a/b').params.toString()]);
t(() => Object.getOwnPropertyNames(MIMEType.prototype));
t(() => Object.getOwnPropertyNames(MIMEParams.prototype));
t(() => require('util').inspect(new MIMEType('a/b;c=d'), { depth: -1 }));
t(() => `${new MIMEType('application/vnd.api+json; q=0.9')}`);
