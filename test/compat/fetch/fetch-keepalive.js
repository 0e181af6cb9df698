'use strict';
// Sequential fetches to one origin reuse one kept-alive connection, and that idle pooled
// connection does not keep the process alive once the server is closed.
const { serve } = require('./_server');
(async () => {
  let connections = 0;
  const { server, base } = await serve((req, res) => res.end(`response to ${req.url}`));
  server.on('connection', () => connections++);
  for (let i = 0; i < 5; i++) {
    const r = await fetch(`${base}/${i}`);
    console.log(r.headers.get('connection'), await r.text());
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  console.log('connections', connections);
  server.close(() => console.log('server closed'));
  process.on('exit', () => console.log('exit'));
  // Printed only if something keeps the process running for 3 more seconds.
  setTimeout(() => console.log('still alive'), 3000).unref();
})();
