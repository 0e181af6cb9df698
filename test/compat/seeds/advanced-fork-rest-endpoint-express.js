// compat: process
// Seed: 004_e4631043d889c970.txt ("Advanced Node.Js ..."), "Child Process in Node": "Let's assume we have
// a REST endpoint that has a long-running function and we would like to use multiple cores in our
// processor to execute this function" — an endpoint that forks a child to compute and answers with the
// child's result.
// express comes from the npm fixtures (tools/npm-fixtures); the child is fixtures/advanced-compute-child.js.
// Deterministic version: the server listens on 127.0.0.1 port 0, a client in the same script calls the
// endpoint once, then the server closes.
'use strict';
const path = require('path');
const http = require('http');
const { fork } = require('child_process');
const express = require('express');

const app = express();
app.get('/compute', (req, res) => {
  const child = fork(path.join(__dirname, 'fixtures', 'advanced-compute-child.js'));
  child.on('message', (msg) => res.json(msg));
  child.send({ n: Number(req.query.n) });
});
app.get('/ping', (req, res) => res.send('pong'));

const server = app.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ host: '127.0.0.1', port, path: '/compute?n=10000000' }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (c) => { body += c; });
    res.on('end', () => {
      console.log('GET /compute', res.statusCode, body);
      server.close(() => console.log('server closed'));
    });
  });
});
