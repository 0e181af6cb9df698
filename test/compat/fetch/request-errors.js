'use strict';
// Request: what its constructor refuses, with Node's fetch's messages (and the URL parser's error
// as the cause of "Failed to parse URL").
function t(f) {
  try {
    const r = f();
    console.log('ok', r);
  } catch (e) {
    console.log(`${e.name}: ${e.message}${e.cause ? ` | cause: ${e.cause.name} ${e.cause.code} ${e.cause.message}` : ''}`);
  }
}
t(() => new Request());
t(() => new Request('x'));
t(() => new Request('/relative'));
t(() => new Request('http://u:p@host/'));
t(() => new Request('http://x/', 1));
t(() => new Request('http://x/', 'str'));
t(() => new Request('http://x/', { method: 'CONNECT' }));
t(() => new Request('http://x/', { method: 'trace' }));
t(() => new Request('http://x/', { method: 'Track' }));
t(() => new Request('http://x/', { method: 'bad method' }));
t(() => new Request('http://x/', { method: '' }));
t(() => new Request('http://x/', { body: 'x' }));
t(() => new Request('http://x/', { method: 'HEAD', body: 'x' }));
t(() => new Request('http://x/', { method: 'POST', body: new ReadableStream() }));
t(() => new Request('http://x/', { method: 'POST', body: new ReadableStream(), duplex: 'full' }));
t(() => new Request('http://x/', { redirect: 'x' }));
t(() => new Request('http://x/', { mode: 'navigate' }));
t(() => new Request('http://x/', { mode: 'x' }));
t(() => new Request('http://x/', { credentials: 'x' }));
t(() => new Request('http://x/', { cache: 'x' }));
t(() => new Request('http://x/', { referrerPolicy: 'x' }));
t(() => new Request('http://x/', { priority: 'x' }));
t(() => new Request('http://x/', { signal: 1 }));
t(() => new Request('http://x/', { signal: 'sig' }));
t(() => new Request('http://x/', { signal: null }).signal.aborted);
t(() => new Request('http://x/', { window: 1 }));
t(() => new Request('http://x/', { window: null }).url);
t(() => new Request('http://x/', { referrer: 'not a url' }));
t(() => new Request('http://x/', { headers: 1 }));
t(() => new Request('http://x/', { headers: [['a']] }));
t(() => new Request('http://x/', { headers: { 'a b': 'c' } }));
t(() => Object.getOwnPropertyDescriptor(Request.prototype, 'url').get.call({}));
t(() => new Request('http://x/', { mode: 'no-cors', method: 'PUT' }));
t(() => new Request('http://x/', { mode: 'no-cors', method: 'post' }).mode);
t(() => new Request('http://x/', { cache: 'only-if-cached' }));
t(() => new Request('http://x/', { cache: 'only-if-cached', mode: 'same-origin' }).cache);
t(() => new Request('http://x/', { keepalive: true, method: 'POST', body: new ReadableStream(), duplex: 'half' }));
t(() => new Request('http://x/', { keepalive: true, method: 'POST', body: 'fine' }).keepalive);
