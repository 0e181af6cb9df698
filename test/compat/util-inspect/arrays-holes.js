// sparse arrays: runs of holes shown as "<N empty items>", trailing holes, extra non-index properties
console.log([new Array(5), [1, , 3], [, , 1, , ], [, 'a'], []]);
const a = [1, 2, 3];
a.extra = 'x';
a[-1] = 'neg';
a['1.5'] = 'frac';
console.log(a);
const b = [];
b[10] = 'ten';
b.length = 20;
console.log(b);
const c = new Array(300);
c[150] = 1;
console.log(c);
const d = [];
for (let i = 0; i < 250; i += 2) d[i] = i;
console.log(d);
console.log(Object.assign([], { k: 1 }));
