// Errors from push()/unshift() after the end, invalid chunks and _read not implemented.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
function show(label, err) { log(label, err.name, err.code, err.message); }
{
  const r = new Readable({ read() {} });
  r.on('error', (e) => show('push after EOF:', e));
  r.on('close', () => log('close 1'));
  r.push(null);
  r.push('late');
}
{
  const r = new Readable({ objectMode: true, read() {} });
  r.on('error', (e) => show('unshift after end:', e));
  r.push(null);
  r.resume();
  r.on('end', () => { log('end 2'); r.unshift('x'); });
}
{
  const r = new Readable({ read() {} });
  r.on('error', (e) => show('invalid chunk:', e));
  r.push(42);
}
{
  const r = new Readable();
  r.on('error', (e) => show('no _read:', e));
  r.read();
}
{
  const r = new Readable({ read() {}, autoDestroy: false });
  r.on('error', (e) => show('no autoDestroy:', e));
  r.on('close', () => log('never closes'));
  r.push(null);
  r.push('again');
  setTimeout(() => log('destroyed?', r.destroyed, 'errored:', r.errored && r.errored.code), 2);
}
for (const hwm of [-1, 1.5, 'x', NaN]) {
  try { new Readable({ highWaterMark: hwm }); } catch (e) { show(`hwm ${String(hwm)}:`, e); }
}
try { new Readable({ objectMode: true }).read(2 ** 31); } catch (e) { show('read huge:', e); }
