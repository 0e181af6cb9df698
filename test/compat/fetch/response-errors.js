'use strict';
// Response constructor and statics: what they refuse.
function t(f) {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(`${e.name}: ${e.message}${e.cause ? ` | cause: ${e.cause.code}` : ''}`);
  }
}
t(() => new Response(null, { status: 99 }));
t(() => new Response(null, { status: 600 }));
t(() => new Response(null, { status: 0 }));
t(() => new Response(null, { status: 101 }));
t(() => new Response(null, { status: 'abc' }));
t(() => new Response(null, { statusText: 'a\nb' }));
t(() => new Response(null, { statusText: '\u0100' }));
t(() => new Response('x', { status: 204 }));
t(() => new Response('x', { status: 205 }));
t(() => new Response('x', { status: 304 }));
t(() => new Response('', { status: 204 }));
t(() => new Response(null, 1));
t(() => new Response(null, { headers: [['a', 'b', 'c']] }));
t(() => new Response(null, { headers: { 'a b': 'c' } }));
t(() => Response.redirect('/relative'));
t(() => Response.redirect('http://x/', 200));
t(() => Response.redirect('http://x/', 304));
t(() => Response.json(undefined));
t(() => Response.json(() => {}));
t(() => Response.json(Symbol('s')));
t(() => Response.json({}, { status: 42 }));
t(() => Object.getOwnPropertyDescriptor(Response.prototype, 'status').get.call({}));
t(() => Response.prototype.clone.call(new Request('http://x/')));
