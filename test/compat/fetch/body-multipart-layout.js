'use strict';
// The bytes of a FormData body as fetch serialises it (the random boundary masked): part headers,
// escaped names and filenames, CRLF line breaks in values, default file type, the final boundary;
// and the content-length a server sees for it.
const { serve } = require('./_server');
(async () => {
  const fd = new FormData();
  fd.append('a', '1');
  fd.append('multi\nline', 'x\ny\r\nz\r');
  fd.append('f', new Blob(['xy'], { type: 'text/q' }), 'f.txt');
  fd.append('g', new Blob(['z']));
  fd.append('quote"d', new File(['file'], 'na"me\r.bin', { type: 'app/x' }));
  const r = new Response(fd);
  const type = r.headers.get('content-type');
  const boundary = type.split('boundary=')[1];
  console.log(type.replace(boundary, 'BOUNDARY'), /^----formdata-undici-0\d{11}$/.test(boundary));
  const text = await r.text();
  console.log(JSON.stringify(text.split(boundary).join('BOUNDARY')));
  const { server, base } = await serve((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('latin1');
      const b = /boundary=(.*)$/.exec(req.headers['content-type'])[1];
      console.log('server', req.headers['content-length'], body.length, JSON.stringify(body.split(b).join('BOUNDARY')));
      res.end();
    });
  });
  await (await fetch(base, { method: 'POST', body: fd })).text();
  server.close();
})();
