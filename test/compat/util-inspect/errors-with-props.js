// own enumerable properties of errors in braces; duplicate name/message keys removed
const e = new Error('with code');
e.stack = 'Error: with code';
e.code = 'E_CODE';
e.errno = -2;
console.log(e);
const e2 = new Error('msg');
e2.stack = 'Error: msg';
e2.name = 'Error';
e2.extra = { deep: { deeper: { deepest: 1 } } };
console.log(e2);
const e3 = new Error('multi');
e3.stack = 'Error: multi';
e3.info = 'a'.repeat(70);
e3.more = 'b'.repeat(10);
console.log({ wrapped: e3 });
