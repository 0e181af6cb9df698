// Twenty clients at once against one server: each gets its own answer; connection count and the
// order of completions do not matter, the totals do.
'use strict';
const net = require('net');

const N = 20;
let connections = 0;
const server = net.createServer((sock) => {
  connections++;
  sock.setEncoding('utf8');
  let got = '';
  sock.on('data', (d) => {
    got += d;
    if (got.endsWith('\n')) sock.end(`echo ${got.trim()}`);
  });
});
server.listen(0, '127.0.0.1', () => {
  const answers = [];
  let done = 0;
  for (let i = 0; i < N; i++) {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.write(`client ${i}\n`));
    let text = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { text += d; });
    c.on('end', () => {
      answers[i] = text;
      if (++done === N) {
        console.log('connections', connections);
        console.log('all answered correctly', answers.every((a, j) => a === `echo client ${j}`));
        server.close(() => console.log('closed'));
      }
    });
  }
});
