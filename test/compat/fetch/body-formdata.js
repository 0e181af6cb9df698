'use strict';
// Body.formData(): multipart/form-data (strings and files, escaped names, CRLF) and
// application/x-www-form-urlencoded are parsed; anything else is refused.
function show(fd) {
  const out = [];
  for (const [k, v] of fd) out.push([k, typeof v === 'string' ? v : [v.constructor.name, v.name, v.type, v.size]]);
  return out;
}
async function t(label, f) {
  try {
    console.log(label, await f());
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}${e.cause ? ` | cause: ${e.cause.message}` : ''}`);
  }
}
(async () => {
  const form = (body, type) => new Response(body, { headers: { 'content-type': type } }).formData();
  await t('urlencoded', async () => show(await form('a=1&b=%20x+y&a=2&c', 'application/x-www-form-urlencoded')));
  await t('urlencoded charset', async () => show(await form('k=%C3%A9', 'application/x-www-form-urlencoded;charset=UTF-8')));
  const fd = new FormData();
  fd.append('text', 'line1\nline2\rline3\r\nend');
  fd.append('q"\r\nz', new File(['hi'], 'n"\r\n.txt', { type: 'text/z' }));
  fd.append('empty', new Blob([]));
  fd.append('bin', new Blob([new Uint8Array([0, 255, 13, 10, 45, 45])], { type: 'application/x-bin' }), 'b.bin');
  fd.append('utf', 'é€');
  const r = new Response(fd);
  await t('round trip', async () => show(await r.formData()));
  const bin = await new Response(fd).formData();
  console.log([...new Uint8Array(await bin.get('bin').arrayBuffer())]);
  await t('request too', async () => show(await new Request('http://x/', { method: 'POST', body: fd }).formData()));
  await t('empty multipart', async () => show(await form('--xx--\r\n', 'multipart/form-data; boundary=xx')));
  await t('hand written', async () => show(await form(
    '--B\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nfile body\r\n--B\r\nContent-Disposition: form-data; name="s"\r\n\r\nvalue\r\n--B--\r\n',
    'multipart/form-data; boundary=B')));
  await t('plain text', () => new Response('abc').formData());
  await t('json type', () => form('{}', 'application/json'));
  await t('no boundary', () => form('abc', 'multipart/form-data'));
  await t('boundary not found', () => form('abc', 'multipart/form-data; boundary=xx'));
})();
