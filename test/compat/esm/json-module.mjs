// JSON modules with an import attribute: default export only.
import data from './fixtures/data.json' with { type: 'json' };
import * as ns from './fixtures/data.json' with { type: 'json' };

console.log(data.name, data.list.length, data.nested.ok);
console.log(JSON.stringify(Object.keys(ns)), ns.default === data);
const again = await import('./fixtures/data.json', { with: { type: 'json' } });
console.log(again.default === data);
