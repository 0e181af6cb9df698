'use strict';
// The opening handshake as the server sees it: method, path, HTTP version and the request headers
// in order (the random Sec-WebSocket-Key shown only as its decoded length), with and without
// subprotocols; and the client's view of what the server chose.
const { scenario, acceptKey } = require('./_server');

function showRequest(tag, req) {
  const lines = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i];
    let value = req.rawHeaders[i + 1];
    if (name.toLowerCase() === 'sec-websocket-key') value = `<${Buffer.from(value, 'base64').length} random bytes>`;
    if (name.toLowerCase() === 'host') value = value.replace(/:\d+$/, ':<port>');
    lines.push(`  ${name}: ${value}`);
  }
  console.log(`${tag}: ${req.method} ${req.url} HTTP/${req.httpVersion}\n${lines.join('\n')}`);
  const key = req.headers['sec-websocket-key'];
  console.log(`${tag}: key is base64 of 16 bytes: ${/^[A-Za-z0-9+/]{22}==$/.test(key)}, accept length ${acceptKey(key).length}`);
}

(async () => {
  await scenario('plain', (peer, req) => {
    showRequest('plain', req);
    peer.close(1000);
  }, { path: '/chat?room=1&x=%20' });

  await scenario('protocols', (peer, req) => {
    showRequest('protocols', req);
    peer.close(1000);
  }, { protocols: ['chat', 'superchat'], protocol: () => 'superchat' });

  await scenario('one protocol', (peer, req) => {
    console.log('one protocol: asked', JSON.stringify(req.headers['sec-websocket-protocol']));
    peer.close(1000);
  }, { protocols: 'v1', protocol: () => 'v1' });

  // Node's dictionary form: { protocols, headers }. The user's headers come right after Upgrade;
  // they replace the defaults of the same name, repeated names are joined.
  await scenario('extra headers', (peer, req) => {
    showRequest('extra headers', req);
    peer.close(1000);
  }, {
    protocols: { protocols: ['v2'], headers: { 'X-Custom': 'a', 'User-Agent': 'my agent', Accept: 'x/y' } },
    protocol: () => 'v2',
  });
  await scenario('header pairs', (peer, req) => {
    showRequest('header pairs', req);
    peer.close(1000);
  }, { protocols: { headers: [['x-b', '1'], ['x-b', '2'], ['Pragma', 'p']] } });
  // A Sec-WebSocket-Key of the user's own is joined with the real one: the accept check then fails.
  await scenario('own key', (peer) => peer.close(1000), { protocols: { headers: { 'Sec-WebSocket-Key': 'mine' } } });

  await scenario('two keys differ', (peer, req) => {
    peer.key = req.headers['sec-websocket-key'];
    peer.close(1000);
  }, {});
})();
