'use strict';
// new WebSocket(): the argument checks and the SyntaxError DOMExceptions for bad URLs and protocols,
// and how URLs are normalized (http: becomes ws:). Nothing connects: every port here is refused.

function attempt(label, fn) {
  try {
    const ws = fn();
    console.log(label, '->', ws.url, JSON.stringify(ws.protocol), ws.readyState);
    ws.onerror = () => {};
    ws.close();
  } catch (e) {
    console.log(label, '->', e.constructor.name, e.name, e.code, JSON.stringify(e.message),
                e instanceof DOMException);
  }
}

attempt('no argument', () => new WebSocket());
attempt('not a URL', () => new WebSocket('foo'));
attempt('relative', () => new WebSocket('/path'));
attempt('empty', () => new WebSocket(''));
attempt('ftp:', () => new WebSocket('ftp://127.0.0.1:1/'));
attempt('file:', () => new WebSocket('file:///tmp/x'));
attempt('fragment', () => new WebSocket('ws://127.0.0.1:1/#a'));
attempt('empty fragment', () => new WebSocket('ws://127.0.0.1:1/#'));
attempt('duplicate protocols', () => new WebSocket('ws://127.0.0.1:1/', ['chat', 'chat']));
attempt('duplicate, other case', () => new WebSocket('ws://127.0.0.1:1/', ['chat', 'CHAT']));
attempt('protocol with space', () => new WebSocket('ws://127.0.0.1:1/', ['a b']));
attempt('empty protocol', () => new WebSocket('ws://127.0.0.1:1/', ''));
attempt('protocol with comma', () => new WebSocket('ws://127.0.0.1:1/', 'a,b'));
attempt('non-ASCII protocol', () => new WebSocket('ws://127.0.0.1:1/', 'é'));
attempt('protocol list', () => new WebSocket('ws://127.0.0.1:1/', ['a', 'b']));
attempt('number protocol', () => new WebSocket('ws://127.0.0.1:1/', 5));
attempt('null protocol', () => new WebSocket('ws://127.0.0.1:1/', null));
attempt('Set of protocols', () => new WebSocket('ws://127.0.0.1:1/', new Set(['x', 'y'])));
attempt('dictionary', () => new WebSocket('ws://127.0.0.1:1/', { protocols: ['p'] }));
attempt('bad URL and bad protocol', () => new WebSocket('nope', ['a', 'a']));
attempt('http:', () => new WebSocket('http://127.0.0.1:1/a?b=c'));
attempt('HTTP: upper case', () => new WebSocket('HTTP://127.0.0.1:1'));
attempt('WS: upper case', () => new WebSocket('WS://127.0.0.1:1'));
attempt('query, no path', () => new WebSocket('ws://127.0.0.1:1?x=1'));
attempt('default port', () => new WebSocket('ws://127.0.0.1:80/'));
attempt('URL object', () => new WebSocket(new URL('ws://127.0.0.1:1/é')));
attempt('credentials', () => new WebSocket('ws://u:p@127.0.0.1:1/'));
attempt('toString', () => new WebSocket({ toString() { return 'ws://127.0.0.1:1/obj'; } }));
