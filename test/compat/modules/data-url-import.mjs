// data: URLs as modules (Node's default loader takes file:, data: and node: URLs).
const tries = [
  'data:text/javascript,export default 7',
  'data:text/javascript;base64,ZXhwb3J0IGRlZmF1bHQgOQ==',
  'data:text/javascript,export const x = "%E2%9C%93"; export default import.meta.url.length',
  'data:text/javascript;charset=utf-8,export default "charset"',
  'data:text/plain,hello',
  'data:text/javascript,import fs from "fs"; export default typeof fs.readFile',
  'data:text/javascript,import "./x.mjs"',
  'data:text/javascript,throw new Error("from data")',
];
for (const url of tries) {
  try {
    const ns = await import(url);
    console.log('ok', { ...ns });
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log((await import('data:application/json,{"a":[1,2]}', { with: { type: 'json' } })).default);
const same = await import('data:text/javascript,export const o = {}');
const again = await import('data:text/javascript,export const o = {}');
console.log(same === again, same.o === again.o);
try {
  await import('https://example.com/x.mjs');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  await import('virtual:x');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
