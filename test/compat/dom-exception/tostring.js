// String conversions and JSON.
const e = new DOMException('bad thing', 'SyntaxError');
console.log(e.toString(), `${e}`, Error.prototype.toString.call(e));
console.log(JSON.stringify(e), JSON.stringify({ e }));
console.log(Object.entries(Object.getOwnPropertyDescriptors(DOMException.prototype))
  .filter(([k]) => ['name', 'message', 'code'].includes(k))
  .map(([k, d]) => `${k}:${typeof d.get}:${d.set}:${d.enumerable}:${d.configurable}`));
const globalDesc = Object.getOwnPropertyDescriptor(globalThis, 'DOMException');
console.log(globalDesc.writable, globalDesc.enumerable, globalDesc.configurable);
try { throw new DOMException('thrown', 'AbortError'); } catch (err) { console.log(err.name, err.code, err instanceof DOMException); }
