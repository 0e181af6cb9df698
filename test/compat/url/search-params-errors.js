// URLSearchParams argument and receiver errors, and its iterator's.
const attempts = {
  'pair of one': () => new URLSearchParams([['a']]),
  'pair of three': () => new URLSearchParams([['a', 'b', 'c']]),
  'pair not iterable': () => new URLSearchParams([1]),
  'null pair': () => new URLSearchParams([null]),
  'iterator not callable': () => new URLSearchParams({ [Symbol.iterator]: 5 }),
  'symbol key': () => new URLSearchParams({ [Symbol('s')]: 1 }),
  'append one arg': () => new URLSearchParams().append('a'),
  'set no args': () => new URLSearchParams().set(),
  'get no args': () => new URLSearchParams().get(),
  'getAll no args': () => new URLSearchParams().getAll(),
  'has no args': () => new URLSearchParams().has(),
  'delete no args': () => new URLSearchParams().delete(),
  'forEach no callback': () => new URLSearchParams().forEach(),
  'forEach not function': () => new URLSearchParams().forEach('x'),
  'get on plain object': () => URLSearchParams.prototype.get.call({}, 'a'),
  'toString on null': () => URLSearchParams.prototype.toString.call(null),
  'size on object': () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}),
  'entries on URL': () => URLSearchParams.prototype.entries.call(new URL('http://x/')),
  'iterator next on object': () => new URLSearchParams().keys().next.call({}),
  'called without new': () => URLSearchParams(),
};
for (const [name, fn] of Object.entries(attempts)) {
  try {
    fn();
    console.log(name, 'no error');
  } catch (err) {
    console.log(name, err.name, err.code, err.code ? err.message : '');
  }
}
