import v8, { serialize, deserialize } from 'node:v8';
console.log(typeof v8.serialize, serialize === v8.serialize);
console.log(deserialize(serialize({ esm: [1, 'two'] })));
