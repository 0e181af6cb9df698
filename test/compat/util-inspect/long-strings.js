// long and multi-line strings inside objects and arrays are split into '...' + lines
const long = 'word '.repeat(30);
console.log({ long });
console.log([long]);
console.log({ ml: 'line one\nline two\nline three\nline four is here to make it long' });
console.log({ short: 'a\nb' });
console.log({ nested: { deeper: 'x'.repeat(60) + '\n' + 'y'.repeat(10) } });
console.log('a\nb');
console.log(['x'.repeat(20) + '\n']);
