// MIMEType.parse: the type, or null where the constructor would throw.
'use strict';
const { MIMEType } = require('util');
for (const input of ['text/html; charset=utf-8', 'TEXT/PLAIN', 'bad', '', 'a/b;c=d;e="f g"', '/x', 42]) {
  const parsed = MIMEType.parse(input);
  console.log(JSON.stringify(input), parsed === null ? null : String(parsed), parsed instanceof MIMEType);
}
console.log(MIMEType.parse.length, MIMEType.parse.name);
