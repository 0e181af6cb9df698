// Seed: 001_6131f5489183c113.txt (dev.to, how Node.js works), "Login API Example (with both queues)":
// an express app whose POST /login handler logs 1 and 2 synchronously, 3 from Promise.then and 4 from
// setTimeout, then answers 'Login successful'.
// express comes from the npm fixtures (tools/npm-fixtures). Deterministic version: the server listens on
// 127.0.0.1 port 0 (not 3000), a client in the same script posts one login, and the server closes when
// the timer has logged.
'use strict';
const express = require('express');
const http = require('http');

const app = express();
app.use(express.json());
let server;
app.post('/login', async (req, res) => {
  console.log('🟢 1. Login request received');
  setTimeout(() => {
    console.log('🟡 4. setTimeout (Macrotask)');
    server.close(() => console.log('server closed'));
  }, 0);
  Promise.resolve().then(() => {
    console.log('🔵 3. Inside Promise.then (Microtask)');
  });
  console.log('🟢 2. End of login handler');
  res.send('Login successful');
});

server = app.listen(0, '127.0.0.1', () => {
  console.log('✅ Server is running on port', typeof server.address().port);
  const body = JSON.stringify({ email: 'a@example.com', password: 'secret' });
  const req = http.request({
    host: '127.0.0.1', port: server.address().port, path: '/login', method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  }, (res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (c) => { text += c; });
    res.on('end', () => console.log('client got', res.statusCode, JSON.stringify(text)));
  });
  req.end(body);
});
