// compat: process
'use strict';
// A program that fetches and never reads the (small) body still ends at once: the body is taken
// off the connection, which goes back to the pool unref'd. The server, in the parent, would keep
// the connection open for a minute.
const http = require('http');
const { spawn } = require('child_process');
if (process.argv[2] === 'child') {
  fetch(process.argv[3]).then((r) => console.log('child: status', r.status, 'body not read'));
} else {
  const server = http.createServer((req, res) => res.end('a small body'));
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const child = spawn(process.execPath, [__filename, 'child', `http://127.0.0.1:${server.address().port}/`],
      { stdio: ['ignore', 'inherit', 'inherit'] });
    const timer = setTimeout(() => {
      console.log('child still running after 30 s');
      child.kill();
    }, 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      console.log('child exited', code);
      server.close();
      server.closeAllConnections();
    });
  });
}
