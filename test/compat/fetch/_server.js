'use strict';
// A local http server for the fetch scripts: serve(handler) listens on 127.0.0.1 (port 0) and
// gives { server, base, mask }, where mask(text) hides the port (it varies between runs).
const http = require('http');

function serve(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        server,
        base: `http://127.0.0.1:${port}`,
        mask: (text) => String(text).split(`:${port}`).join(':PORT'),
      });
    });
  });
}

// Runs fn and prints what it returned or the error it threw (name, message, and cause).
async function attempt(label, fn) {
  try {
    const value = await fn();
    console.log(label, 'ok', value);
  } catch (err) {
    const cause = err.cause ? ` | cause: ${err.cause.name} ${err.cause.code ?? ''} ${err.cause.message}` : '';
    console.log(label, `${err.name}: ${err.message}${cause}`);
  }
}

module.exports = { serve, attempt };
