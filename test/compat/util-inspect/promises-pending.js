// pending promises "Promise { <pending> }", also subclasses and nested
console.log(new Promise(() => {}));
console.log([new Promise(() => {})], { p: new Promise(() => {}) });
class MyPromise extends Promise {}
console.log(new MyPromise(() => {}));
const p = new Promise(() => {});
p.extra = 1;
console.log(p);
