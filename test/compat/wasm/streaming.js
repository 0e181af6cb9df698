'use strict';
// WebAssembly.compileStreaming / instantiateStreaming with fetch Responses: Node's checks (a Response,
// application/wasm, an ok status, an unused body) and their errors.
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3,
                              97, 100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11]);
const wasm = (init) => new Response(bytes, { headers: { 'content-type': 'application/wasm' }, ...init });
const show = (label, promise) => promise.then(
  (v) => console.log(label, 'ok', v instanceof WebAssembly.Module ? v : Object.keys(v), v.instance?.exports.add(1, 2)),
  (e) => console.log(label, e.name, e.code, e.code ? e.message : e instanceof WebAssembly.CompileError));
(async () => {
  await show('module', WebAssembly.compileStreaming(wasm()));
  await show('promise', WebAssembly.compileStreaming(Promise.resolve(wasm())));
  await show('instantiate', WebAssembly.instantiateStreaming(wasm(), {}));
  await show('instantiate no imports', WebAssembly.instantiateStreaming(wasm()));
  await show('mime', WebAssembly.compileStreaming(new Response(bytes, { headers: { 'content-type': 'text/plain' } })));
  await show('no mime', WebAssembly.compileStreaming(new Response(bytes)));
  await show('mime params', WebAssembly.compileStreaming(
    new Response(bytes, { headers: { 'content-type': 'application/wasm; charset=x' } })));
  await show('status', WebAssembly.compileStreaming(wasm({ status: 404 })));
  const used = wasm();
  await used.arrayBuffer();
  await show('used', WebAssembly.compileStreaming(used));
  await show('not a response', WebAssembly.compileStreaming(bytes));
  await show('nothing', WebAssembly.compileStreaming());
  await show('rejected', WebAssembly.compileStreaming(Promise.reject(new Error('boom'))));
  await show('bad bytes', WebAssembly.compileStreaming(
    new Response(new Uint8Array(8), { headers: { 'content-type': 'application/wasm' } })));
  console.log(WebAssembly.compileStreaming.length, WebAssembly.instantiateStreaming.length,
              WebAssembly.compileStreaming.name, Object.getOwnPropertyDescriptor(WebAssembly, 'compileStreaming'));
  // from a server, through fetch
  const http = require('http');
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/wasm' });
    res.end(bytes);
  }).listen(0, '127.0.0.1', async () => {
    const { instance } = await WebAssembly.instantiateStreaming(fetch(`http://127.0.0.1:${server.address().port}/m.wasm`));
    console.log('fetched', instance.exports.add(20, 22));
    server.close();
  });
})();
