// util.inspect of URL, URLSearchParams and their iterators, at several depths and widths.
const util = require('util');
const u = new URL('https://user:pa@EXAMPLE.com:8080/p/a/t/h?query=string&a=1#hash');
console.log(u);
console.log(util.inspect(u, { depth: 0 }));
console.log(util.inspect({ nested: { deeper: u } }, { depth: 1 }));
console.log([u.searchParams], util.inspect(u.searchParams, { depth: -1 }));
console.log(new URLSearchParams(), new URLSearchParams('a=1&b=2&a=3'));
const long = new URLSearchParams();
for (let i = 0; i < 8; i++) long.append(`key${i}`, `value number ${i}`);
console.log(long);
console.log(util.inspect(long, { breakLength: Infinity }));
console.log(util.inspect(new URLSearchParams('a=1'), { colors: true }));
const it = new URLSearchParams('a=1&b=2&c=3').entries();
it.next();
console.log(it, new URLSearchParams('x=1').keys(), new URLSearchParams('x=1').values(), new URLSearchParams().keys());
console.log(util.inspect({ it: new URLSearchParams('q=1').keys() }, { depth: 0 }));
class Sub extends URL {}
console.log(new Sub('file:///tmp/x'));
class Params extends URLSearchParams {}
console.log(new Params('s=1'));
console.log(util.format('%s %j %o', new URL('http://x/'), new URL('http://x/'), new URLSearchParams('a=b')));
console.log(new URL('blob:https://a.b/c'), new URL('sc:opaque path'));
