'use strict';
// A raw TCP client for the http scripts: sends bytes as written and returns what the server sent,
// with the Date header's value masked. It ends its side once `responses` complete responses have
// arrived (counted by Content-Length or the chunked terminator; a `bodiless` response has none), or
// when the server closes.
const net = require('net');

function completeResponses(text, bodiless) {
  let count = 0;
  let pos = 0;
  while (pos < text.length) {
    const end = text.indexOf('\r\n\r\n', pos);
    if (end === -1) break;
    const head = text.slice(pos, end);
    let next = end + 4;
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (status < 200 || status === 204 || status === 304 || bodiless) {
      if (status < 200) { pos = next; continue; }
    } else if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
      const term = text.indexOf('0\r\n\r\n', next);
      if (term === -1) break;
      next = term + 5;
    } else if (length) {
      next += Number(length[1]);
      if (next > text.length) break;
    } else {
      break;
    }
    count++;
    pos = next;
  }
  return count;
}

function raw(port, data, { responses = 1, bodiless = false, end = true } = {}) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(data));
    let got = '';
    let ended = false;
    socket.setEncoding('latin1');
    socket.on('data', (d) => {
      got += d;
      if (end && !ended && completeResponses(got, bodiless) >= responses) {
        ended = true;
        socket.end();
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve(got.replace(/Date: [^\r]*/g, 'Date: <date>')));
  });
}

module.exports = { raw };
