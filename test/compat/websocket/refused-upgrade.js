'use strict';
// Handshakes the client must refuse: a status other than 101, a wrong or missing
// Sec-WebSocket-Accept, missing Upgrade/Connection headers, a subprotocol not asked for (or none
// when one was), extensions not offered. Each gives 'error' (an ErrorEvent) then 'close' with code
// 1006, never 'open'. Case-insensitive Upgrade and Connection values, and permessage-deflate with
// parameters, are accepted.
const { scenario, acceptKey, acceptLines, answerWith } = require('./_server');

const accept = (req) => `Sec-WebSocket-Accept: ${acceptKey(req.headers['sec-websocket-key'])}`;
const closeAtOnce = (peer) => peer.close(1000);

const cases = [
  ['404', answerWith(() => ['HTTP/1.1 404 Not Found', 'Content-Length: 3', '', 'abc'])],
  ['200', answerWith(() => ['HTTP/1.1 200 OK', 'Content-Length: 0'])],
  ['wrong accept', answerWith(() => ['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket',
                                     'Connection: Upgrade', 'Sec-WebSocket-Accept: bm90IHRoZSBrZXk='])],
  ['accept in lower case', answerWith((req) => ['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket',
                                                'Connection: Upgrade', accept(req).toLowerCase()])],
  ['no accept', answerWith(() => ['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', 'Connection: Upgrade'])],
  ['no Upgrade header', answerWith((req) => ['HTTP/1.1 101 Switching Protocols', 'Connection: Upgrade', accept(req)])],
  ['Upgrade: foo', answerWith((req) => ['HTTP/1.1 101 Switching Protocols', 'Upgrade: foo', 'Connection: Upgrade', accept(req)])],
  ['no Connection header', answerWith((req) => ['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', accept(req)])],
  ['Connection: keep-alive, Upgrade', answerWith((req) => ['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket',
                                                          'Connection: keep-alive, Upgrade', accept(req)])],
  ['protocol not asked for', answerWith((req) => [...acceptLines(req), 'Sec-WebSocket-Protocol: chat'])],
  ['unknown extension', answerWith((req) => [...acceptLines(req), 'Sec-WebSocket-Extensions: x-webkit-deflate-frame'])],
  ['two extensions', answerWith((req) => [...acceptLines(req), 'Sec-WebSocket-Extensions: permessage-deflate, foo'])],
  ['empty extensions', answerWith((req) => [...acceptLines(req), 'Sec-WebSocket-Extensions: '])],
  ['hang up', (req, socket) => { socket.destroy(); return true; }],
  ['half a status line', (req, socket) => { socket.end('HTTP/1.1 101 Swi'); return true; }],
  ['not HTTP', (req, socket) => { socket.end('garbage\r\n\r\n'); return true; }],
  ['Upgrade: WebSocket, Connection: UPGRADE (accepted)',
   answerWith((req) => ['HTTP/1.1 101 Switching Protocols', 'Upgrade: WebSocket', 'Connection: UPGRADE', accept(req)], closeAtOnce)],
  ['deflate with parameters (accepted)',
   answerWith((req) => [...acceptLines(req), 'Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits=10; server_no_context_takeover'],
              closeAtOnce)],
];

(async () => {
  for (const [label, handshake] of cases) await scenario(label, () => {}, { handshake });

  const protocolCases = [
    ['protocol not among those asked', ['a', 'b'], 'c'],
    ['no protocol chosen', ['a', 'b'], undefined],
    ['protocol in another case', ['Chat'], 'chat'],
    ['two protocols chosen', ['a', 'b'], 'a, b'],
    ['protocol chosen (accepted)', ['a', 'b'], 'b'],
  ];
  for (const [label, protocols, chosen] of protocolCases) {
    const extra = chosen === undefined ? [] : [`Sec-WebSocket-Protocol: ${chosen}`];
    await scenario(label, () => {}, {
      protocols,
      handshake: answerWith((req) => [...acceptLines(req), ...extra], closeAtOnce),
    });
  }
})();
