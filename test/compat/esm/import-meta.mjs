// import.meta: url, filename, dirname, main, resolve().
console.log(JSON.stringify(Object.keys(import.meta)));
console.log(import.meta.url);
console.log(import.meta.filename);
console.log(import.meta.dirname);
console.log(import.meta.main);
console.log(import.meta.resolve('./fixtures/lib.mjs'));
console.log(import.meta.resolve('./does-not-exist.mjs'));
console.log(import.meta.resolve('node:path'), import.meta.resolve('path'));
const dep = await import('./fixtures/lib.mjs');
console.log(typeof dep.default, Object.getPrototypeOf(import.meta));
