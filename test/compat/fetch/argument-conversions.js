'use strict';
// WebIDL conversions of the fetch classes' arguments: symbols where ByteStrings are wanted, pairs
// that are not iterable objects, iterators called on foreign objects, missing arguments of the
// statics, forEach without a function, brand checks of getters and methods.
function t(f) {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(`${e.name} ${e.code ?? ''}: ${e.message}`);
  }
}
t(() => new Headers().append(Symbol('x'), 'v'));
t(() => new Headers().append('x', Symbol('v')));
t(() => new Headers().get(Symbol('x')));
t(() => new Headers().set('x', Symbol('v')));
t(() => new Headers([[Symbol('x'), 'v']]));
t(() => new Headers([['x', Symbol('v')]]));
t(() => new Headers({ [Symbol('s')]: 'x' }));
t(() => new Headers({ get computed() { return 'got'; } }).get('computed'));
t(() => [...new Headers([['a', 'b'], 'cd'])]);
t(() => [...new Headers([new Set(['k', 'v'])])]);
t(() => new Headers().entries().next.call({}));
t(() => new FormData().entries().next.call({}));
t(() => new Headers().forEach());
t(() => new Headers().forEach(1));
t(() => new FormData().forEach('f'));
t(() => Response.json());
t(() => Response.redirect());
t(() => Headers.prototype.getSetCookie.call({}));
t(() => Headers.prototype.keys.call(new FormData()));
t(() => Object.getOwnPropertyDescriptor(Response.prototype, 'body').get.call(new Request('http://x/')));
Request.prototype.text.call({}).catch((e) => console.log('text on a stranger:', e.name, e.code, e.message));
Response.prototype.json.call(new Request('http://x/', { method: 'POST', body: '[1]' })).then((v) => console.log('cross-class json:', v), (e) => console.log('cross-class json:', e.message));
