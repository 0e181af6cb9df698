'use strict';
// Headers: bad names and values, bad init shapes and missing arguments throw TypeErrors worded as
// Node's fetch words them.
function t(f) {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(`${e.name} ${e.code ?? ''}: ${e.message}`);
  }
}
t(() => new Headers([['a']]));
t(() => new Headers([['a', 'b', 'c']]));
t(() => new Headers(1));
t(() => new Headers('abc'));
t(() => new Headers([1]));
t(() => new Headers({ 'bad name': 'x' }));
t(() => new Headers({ 'é': 'x' }));
t(() => new Headers({ a: '\u0100' }));
t(() => new Headers({ a: 'é' }).get('a'));
t(() => new Headers().append('a b', 'x'));
t(() => new Headers().append('a', 'x\0y'));
t(() => new Headers().append('a', 'x\ny'));
t(() => new Headers().set('', 'x'));
t(() => new Headers().set('a', 'x\ry'));
t(() => new Headers().get('a b'));
t(() => new Headers().has('(x)'));
t(() => new Headers().delete('a:b'));
t(() => new Headers().append('a'));
t(() => new Headers().set());
t(() => new Headers().get());
t(() => new Headers().has());
t(() => new Headers().delete());
t(() => Headers.prototype.get.call({}, 'a'));
t(() => Headers.prototype.append.call(null, 'a', 'b'));
