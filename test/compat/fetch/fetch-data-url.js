'use strict';
// data: URLs are fetched without a network (any method; base64 or percent-encoded; the media type
// normalised), and blob: URLs from URL.createObjectURL.
const { attempt } = require('./_server');
async function show(url, init) {
  const r = await fetch(url, init);
  return [r.status, r.statusText, r.type, r.url, [...r.headers], await r.text()];
}
(async () => {
  await attempt('base64', () => show('data:text/plain;base64,aGVsbG8='));
  await attempt('percent', () => show('data:,a%20b%2Cc'));
  await attempt('charset', () => show('data:Text/HTML;Charset="utf-8",<b>%C3%A9</b>'));
  await attempt('only params', () => show('data:;charset=utf-8,x'));
  await attempt('bad type', () => show('data:not a type,x'));
  await attempt('base64 spaces', () => show('data:;base64 , aGV sbG8'));
  await attempt('fragment', () => show('data:,before#after'));
  await attempt('json', async () => (await fetch('data:application/json,{"a":1}')).json());
  await attempt('POST', () => show('data:,x', { method: 'POST', body: 'ignored' }));
  await attempt('bad base64', () => show('data:;base64,!!!'));
  await attempt('no comma', () => show('data:text/plain'));
  const bytes = await (await fetch('data:application/octet-stream;base64,AAEC/w==')).bytes();
  console.log([...bytes]);
  const url = URL.createObjectURL(new Blob(['blobby'], { type: 'text/q' }));
  await attempt('blob', async () => (await show(url)).slice(0, 2).concat((await show(url)).slice(4)));
  await attempt('blob POST', () => fetch(url, { method: 'POST', body: 'x' }));
  URL.revokeObjectURL(url);
  await attempt('revoked blob', () => fetch(url));
  await attempt('unknown blob', () => fetch('blob:nothing'));
})();
