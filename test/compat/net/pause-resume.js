// A paused socket stops emitting 'data'; what arrives meanwhile is kept (each read its own chunk)
// and comes out, in order, after resume(). The client asks for each chunk; while paused it can still
// write, and it sees the buffered amount grow.
'use strict';
const net = require('net');

const server = net.createServer((sock) => {
  const replies = ['one ', 'two ', 'three'];
  sock.on('data', () => {
    const next = replies.shift();
    if (replies.length === 0) sock.end(next);
    else sock.write(next);
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const events = [];
  client.setEncoding('utf8');
  function whenBuffered(length, then) {
    if (client.readableLength >= length) then();
    else setTimeout(whenBuffered, 5, length, then);
  }
  client.on('data', (d) => {
    events.push(`data ${JSON.stringify(d)}`);
    if (d === 'one ') {
      client.pause();
      console.log('paused', client.isPaused(), client.readableFlowing);
      client.write('more');
      whenBuffered(4, () => {
        console.log('buffered while paused', client.readableLength);
        client.write('more');
        whenBuffered(9, () => {
          console.log('buffered while paused', client.readableLength);
          client.resume();
        });
      });
    }
  });
  client.write('start');
  client.on('end', () => {
    console.log(events.join(' | '));
    console.log('end');
    client.end();
    server.close();
  });
});
