'use strict';
// Headers: built from a record, a sequence of pairs, another Headers or a Map; values are combined
// with ", " per name, iteration is sorted and lower-cased, and set-cookie values stay apart.
const h = new Headers({ B: '1', a: '2', 'Set-Cookie': 'x=1' });
h.append('set-cookie', 'y=2');
h.append('A', '3');
h.append('c', '  padded\t');
console.log([...h]);
console.log(h.get('a'), h.get('SET-COOKIE'), h.getSetCookie(), JSON.stringify(h.get('c')), h.get('missing'));
console.log(h.has('b'), h.has('B'), h.has('z'));
console.log([...h.keys()], [...h.values()]);
h.forEach(function (value, name, self) { console.log('forEach', name, value, self === h, this.tag); }, { tag: 't' });
h.set('a', 'only');
h.delete('b');
console.log([...h.entries()]);
h.set('set-cookie', 'z=3');
console.log(h.getSetCookie(), h.get('set-cookie'));
console.log([...new Headers([['x', '1'], ['X', '2'], ['y', '3']])]);
console.log([...new Headers(h)].length, [...new Headers(new Map([['m', 'v']]))]);
console.log([...new Headers({ n: 1, u: undefined, o: null })]);
console.log([...new Headers()], new Headers().getSetCookie());
// The iterator reads the list as it is at each step.
const live = new Headers({ a: '1', c: '3' });
const it = live.keys();
console.log(it.next().value);
live.append('b', '2');
console.log(it.next().value, it.next().value, it.next().done);
// Values are trimmed of HTTP whitespace, so a trailing newline is accepted.
const t = new Headers();
t.append('v', 'value\r\n');
console.log(JSON.stringify(t.get('v')));
