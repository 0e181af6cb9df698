// import(): a promise of the namespace; the module is evaluated once and cached.
const p = import('./fixtures/counter.mjs');
console.log(p instanceof Promise);
const first = await p;
first.increment();
const second = await import('./fixtures/counter.mjs');
console.log(first === second, second.count);
const viaUrl = await import(import.meta.resolve('./fixtures/counter.mjs'));
console.log(viaUrl === first);
const specifier = './fixtures/' + 'lib.mjs';
const { answer } = await import(specifier);
console.log(answer);
