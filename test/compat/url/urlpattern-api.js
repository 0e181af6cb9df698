'use strict';
// URLPattern's API surface as Node 24 has it: the global and node:url export, property descriptors,
// argument forms of the constructor, exec() and test() (with their Node-specific errors and codes),
// the shape of exec()'s result, inputs, and util.inspect of a pattern.
const util = require('util');
const url = require('url');

const t = (label, f) => {
  try {
    console.log(label, util.inspect(f(), { depth: 4, breakLength: 100 }));
  } catch (e) {
    console.log(label, 'throws', e.constructor.name, e.code, JSON.stringify(e.message), Object.keys(e));
  }
};

console.log(typeof URLPattern, url.URLPattern === URLPattern, URLPattern.name, URLPattern.length);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'URLPattern').enumerable);
console.log(Object.getOwnPropertyNames(URLPattern.prototype));
for (const key of Object.getOwnPropertyNames(URLPattern.prototype)) {
  const d = Object.getOwnPropertyDescriptor(URLPattern.prototype, key);
  console.log(key, typeof d.get, typeof d.value, d.enumerable, d.configurable, d.writable,
              d.value?.name, d.value?.length, d.get?.name);
}

// constructor forms
t('no args', () => new URLPattern());
t('undefined', () => new URLPattern(undefined).pathname);
t('null', () => new URLPattern(null).pathname);
t('number', () => new URLPattern(1));
t('boolean', () => new URLPattern(true));
t('symbol', () => new URLPattern(Symbol('s')));
t('array as init', () => new URLPattern([]).pathname);
t('string without base', () => new URLPattern('/foo'));
t('string with base', () => new URLPattern('/foo', 'https://example.com').hostname);
t('init with base arg', () => new URLPattern({ pathname: '/foo' }, 'https://example.com'));
t('init with baseURL member', () => new URLPattern({ pathname: 'x', baseURL: 'https://e.com/a/b' }).pathname);
t('bad baseURL member', () => new URLPattern({ baseURL: 'nope' }));
t('non-string members ignored', () => new URLPattern({ pathname: 5, hostname: {}, baseURL: 7 }).pathname);
t('second arg number', () => new URLPattern('https://x/a', 5));
t('second arg options', () => new URLPattern('https://x/A', { ignoreCase: true }).test('https://x/a'));
t('second arg URL object is options', () => new URLPattern('/a', new URL('https://b/')));
t('three args', () => new URLPattern('https://x/*', 'https://y', {}).pathname);
t('three args, undefined base', () => new URLPattern('https://x', undefined, {}));
t('three args, null base', () => new URLPattern('https://x', null, {}));
t('three args, number base', () => new URLPattern('https://x', 5, {}));
t('three args, bad options', () => new URLPattern('https://x', 'https://b', 'str'));
t('three args, null options', () => new URLPattern('https://x/*', 'https://y', null).pathname);
t('ignoreCase truthy', () => new URLPattern({ pathname: '/a' }, { ignoreCase: 'yes' }).test({ pathname: '/A' }));
t('ignoreCase falsy', () => new URLPattern({ pathname: '/a' }, { ignoreCase: '' }).test({ pathname: '/A' }));
t('without new', () => URLPattern());
t('getter throws', () => new URLPattern({ get pathname() { throw new Error('boom'); } }));
t('options getter throws', () => new URLPattern({}, { get ignoreCase() { throw new RangeError('no'); } }));
t('lone surrogate', () => new URLPattern({ pathname: '/\uD800' }).pathname);
const order = [];
const spy = new Proxy({}, { get(target, key) { order.push(String(key)); return undefined; } });
new URLPattern(spy, new Proxy({}, { get(target, key) { order.push(`options.${String(key)}`); } }));
console.log('read order', order.join(','));

// exec and test
const p = new URLPattern({ pathname: '/books/:id(\\d+)/:rest*' });
t('exec string', () => p.exec('https://example.com/books/12/a/b?x#y'));
t('exec init', () => p.exec({ pathname: '/books/7' }));
t('exec no match', () => p.exec('https://example.com/books/x'));
t('exec string + base', () => p.exec('/books/3', 'https://example.com').inputs);
t('exec init + base', () => p.exec({ pathname: '/books/3' }, 'https://example.com'));
t('test init + base', () => p.test({ pathname: '/books/3' }, 'https://example.com'));
t('exec null', () => p.exec(null));
t('exec number', () => p.exec(5));
t('test symbol', () => p.test(Symbol('s')));
t('exec undefined', () => new URLPattern({}).exec().inputs);
t('test no args', () => new URLPattern({}).test());
t('base number', () => p.test('https://e.com/books/1', 5));
t('base object', () => p.test('https://e.com/books/1', {}));
t('base null', () => p.test('https://e.com/books/1', null));
t('bad base', () => p.test('/books/1', 'bad base'));
t('unparsable input', () => p.test('https://exa mple.com/books/1'));
t('relative input, no base', () => p.exec('books/1?q#h'));
t('URL object input', () => p.test(new URL('https://e.com/books/9')));
t('init with bad port', () => p.exec({ pathname: '/books/1', port: 'x' }));
t('init canonicalized', () => new URLPattern({}).exec({ protocol: 'HTTP:', hostname: 'EXAMPLE.COM', port: '80', search: '?a b', hash: '#x' }));
const r = p.exec('https://example.com/books/12');
console.log(Object.getPrototypeOf(r), Object.keys(r), Object.keys(r.pathname));
const gp = Object.getPrototypeOf(r.pathname.groups);
console.log(gp === Object.prototype, Object.getPrototypeOf(gp) === Object.prototype, Object.keys(gp));
t('illegal invocation', () => URLPattern.prototype.exec.call({}, 'x'));
t('getter on prototype', () => URLPattern.prototype.pathname);
t('getter on other object', () => Object.getOwnPropertyDescriptor(URLPattern.prototype, 'hash').get.call(new URL('https://x')));

// util.inspect and subclasses
const q = new URLPattern('https://example.com/:x');
console.log(q, [q], util.inspect(q, { depth: 0 }));
console.log(util.inspect(q, { showHidden: true }));
console.log(util.inspect(q, { showHidden: true, getters: true }));
console.log(Object.keys(q), JSON.stringify(q), String(q));
class Route extends URLPattern {
  constructor(path) {
    super({ pathname: path });
    this.kind = 'route';
  }
}
const route = new Route('/r/:id');
console.log(route, route instanceof URLPattern, route.pathname, route.exec({ pathname: '/r/1' }).pathname.groups);
