// Import attributes as Node checks them: JSON needs `type: 'json'`, nothing else may claim it, an
// unknown type is refused (ERR_IMPORT_ATTRIBUTE_*), with the module's URL in the message.
const base = new URL('./fixtures/attrs/', import.meta.url);
const tries = [
  ['data.json', undefined],
  ['data.json', { type: 'json' }],
  ['mod.mjs', { type: 'json' }],
  ['data.json', { type: 'css' }],
  ['mod.mjs', { type: 'css' }],
  ['data.json', { type: 'json', extra: 'ignored' }],
  ['node:fs', { type: 'json' }],
  ['data:application/json,{"d":2}', undefined],
  ['data:application/json,{"d":3}', { type: 'json' }],
  ['data:text/javascript,export default 4', { type: 'json' }],
  ['mod.mjs', undefined],
];
for (const [name, attributes] of tries) {
  const specifier = name.includes(':') ? name : new URL(name, base).href;
  try {
    const ns = await (attributes === undefined ? import(specifier) : import(specifier, { with: attributes }));
    console.log(name, 'ok', JSON.stringify(ns.default));
  } catch (e) {
    console.log(name, e.name, e.code, e.message.replace(base.href, './'));
  }
}
