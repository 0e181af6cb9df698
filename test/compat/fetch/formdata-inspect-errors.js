'use strict';
// FormData in util.inspect (repeated names as arrays) and the errors of its methods.
const util = require('util');
function t(f) {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(`${e.name} ${e.code ?? ''}: ${e.message}`);
  }
}
const fd = new FormData();
fd.append('a', '1');
fd.append('a', '2');
fd.append('f', new File(['x'], 'f.txt', { type: 't/x', lastModified: 7 }));
fd.append('s', 'single');
console.log(util.inspect(fd));
console.log(util.inspect(new FormData()), util.inspect(fd.entries()), Object.prototype.toString.call(fd));
console.log(Object.getOwnPropertyNames(FormData.prototype));
t(() => new FormData(1));
t(() => new FormData({}));
t(() => new FormData(null));
t(() => fd.append('a'));
t(() => fd.append());
t(() => fd.append('a', 'b', 'c'));
t(() => fd.set('a', 1, 'c'));
t(() => fd.get());
t(() => fd.getAll());
t(() => fd.has());
t(() => fd.delete());
t(() => FormData.prototype.get.call({}, 'a'));
t(() => fd.forEach());
