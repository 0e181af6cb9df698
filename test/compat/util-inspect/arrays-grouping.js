// arrays of more than 6 short items are grouped into aligned columns (numbers padded left, others right)
console.log(Array.from({ length: 7 }, (_, i) => i));
console.log(Array.from({ length: 30 }, (_, i) => i * 3));
console.log(Array.from({ length: 30 }, (_, i) => 'str' + i));
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)));
console.log(Array.from({ length: 12 }, (_, i) => (i % 2 ? i * 1000 : -i)));
console.log(Array.from({ length: 10 }, (_, i) => BigInt(i) ** 5n));
console.log(Array.from({ length: 8 }, (_, i) => (i % 2 ? 'x' : i)));
console.log(Array.from({ length: 8 }, (_, i) => ({ i })));
console.log(Array.from({ length: 20 }, (_, i) => 'a longer string number ' + i));
console.log({ nested: Array.from({ length: 40 }, (_, i) => i) });
console.log([[1, 2, 3, 4, 5, 6, 7, 8], [9, 10, 11, 12, 13, 14, 15]]);
