// objects break into one entry per line past 80 columns, or when nesting exceeds compact (3)
console.log({ a: 1, b: 2, c: 3 });
console.log({ alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbb', gamma: 'cccccccccccc', delta: 'ddd' });
console.log({ alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbb', gamma: 'cccccccccccc', delta: 'dddd' });
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: 1, b: { c: { d: 2 } } });
console.log({ a: { b: 1 }, c: { d: { e: 1 } } });
console.log({ x: { y: { z: 1 } }, w: 2 });
console.log({ list: [{ id: 1, name: 'one' }, { id: 2, name: 'two' }], total: 2 });
console.log({ longString: 'x'.repeat(100) });
console.log({ text: 'first line\nsecond line\nthird line that is long enough to be split' });
console.log({ k1: 'v', k2: 'v', k3: 'v', k4: 'v', k5: 'v', k6: 'v', k7: 'v', k8: 'v', k9: 'v', k10: 'v', k11: 'v', k12: 'v', k13: 'v' });
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }]);
console.log({ a: [{ b: { c: 1 } }] });
