// A server and a client over a Unix-domain socket (a path in a temporary folder): echo, the forms
// address() and the socket properties take, the errors for a path in use, a missing path and a path
// nobody listens on, and the socket file going away when the server closes.
'use strict';
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-net-'));
const sockPath = path.join(dir, 'echo.sock');
const hide = (s) => String(s).replaceAll(dir, '<dir>');

const server = net.createServer((sock) => {
  console.log('server: connection', sock.remoteAddress, sock.remotePort, sock.remoteFamily);
  console.log('server: socket address()', JSON.stringify(sock.address()));
  sock.setEncoding('utf8');
  sock.on('data', (d) => sock.write(d.toUpperCase()));
  sock.on('end', () => sock.end());
});
server.listen(sockPath, () => {
  console.log('server.address()', hide(server.address()));
  console.log('socket file is a socket', fs.statSync(sockPath).isSocket());
  const client = net.connect(sockPath, () => {
    console.log('client: connect', client.remoteAddress, client.localAddress, JSON.stringify(client.address()));
    client.end('over the pipe');
  });
  let got = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { got += d; });
  client.on('close', (hadError) => {
    console.log('client: close', hadError, JSON.stringify(got));
    inUse();
  });
});

function inUse() {
  const other = net.createServer();
  other.on('error', (err) => {
    console.log('second listen:', err.code, err.syscall, hide(err.message), hide(err.address), err.port);
    missing();
  });
  other.listen(sockPath);
}

function missing() {
  const c = net.connect(path.join(dir, 'nope.sock'));
  c.on('error', (err) => {
    console.log('missing path:', err.code, err.syscall, hide(err.message), hide(err.address), err.port);
    server.close(() => {
      console.log('socket file removed', !fs.existsSync(sockPath));
      // A file that is not listening.
      fs.writeFileSync(sockPath, '');
      const d = net.connect({ path: sockPath });
      d.on('error', (e) => {
        console.log('not a listening socket:', e.code, hide(e.message));
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
}
