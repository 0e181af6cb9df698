// arrays break like objects; up to 6 entries stay unchanged, long strings, nested arrays
console.log([1, 2, 3, 4, 5, 6]);
console.log(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbb', 'cccccccccccccccccccc', 'dddddddddddddddddd']);
console.log(['a'.repeat(100)]);
console.log([['a', 'b'], ['c', ['d', ['e']]]]);
console.log([{ a: { b: { c: 1 } } }]);
console.log([1, [2, [3, [4]]]]);
console.log(['line one\nline two', 'x']);
console.log(['a fairly long string that goes on\nand then has a second line', 'x']);
console.log(Array.from({ length: 7 }, () => 'x'.repeat(30)));
console.log(Array.from({ length: 9 }, (_, i) => [i, i * 2]));
