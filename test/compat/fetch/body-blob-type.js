'use strict';
// blob() takes its type from Content-Type as the fetch standard extracts a MIME type: parsed and
// serialised, the last of a comma-separated list that parses, duplicate parameters dropped.
(async () => {
  const types = [undefined, 'Text/Plain; Charset="UTF-8"', 'garbage', 'a/b, c/d', 'c/d, garbage', 'x/y;q=1;q=2', '',
    'text/html;charset=gbk, text/html', 'text/html;charset=gbk, text/plain', 'a/b;p="x,y", c/d', '*/*'];
  for (const type of types) {
    const r = new Response('x', type === undefined ? {} : { headers: { 'content-type': type } });
    console.log(JSON.stringify(type), JSON.stringify((await r.blob()).type));
  }
  const fromBlob = new Response(new Blob(['x'], { type: 'Foo/Bar' }));
  console.log(fromBlob.headers.get('content-type'), (await fromBlob.blob()).type);
  const form = new Response('a=1', { headers: { 'content-type': 'text/plain, application/x-www-form-urlencoded' } });
  console.log([...await form.formData()]);
})();
