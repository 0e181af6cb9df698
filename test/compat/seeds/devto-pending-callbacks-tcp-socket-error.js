// Seed: 001_6131f5489183c113.txt (dev.to), "3. Pending Callbacks" example: a net.createServer whose
// sockets log 'Client connected' and 'Socket error:' + err.message; "If something goes wrong with the TCP
// connection (e.g., client disconnects abruptly), the error callback ... goes into the Pending Callbacks
// phase".
// Deterministic version: the server listens on 127.0.0.1 port 0 (not 3000); a client in the same
// script connects and resets the connection abruptly (resetAndDestroy sends RST). The server's lines
// print as they happen; the client's once everything is closed (the two sides race).
'use strict';
const net = require('net');

const clientEvents = [];
let pending = 2;
function closed() {
  if (--pending === 0) console.log('client:', clientEvents.join(', '));
}
const server = net.createServer((socket) => {
  console.log('Client connected');
  socket.on('error', (err) => {
    console.log('Socket error:', err.message, err.code);
  });
  socket.on('close', (hadError) => {
    console.log('server socket closed, hadError:', hadError);
    server.close(() => { console.log('server closed'); closed(); });
  });
});

server.listen(0, '127.0.0.1', () => {
  console.log('TCP server running on port', typeof server.address().port);
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    clientEvents.push('connected');
    // Let the server see the connection first, then drop it abruptly.
    setTimeout(() => client.resetAndDestroy(), 50);
  });
  client.on('error', (err) => clientEvents.push(`error ${err.code}`));
  client.on('close', (hadError) => { clientEvents.push(`closed (hadError ${hadError})`); closed(); });
});
