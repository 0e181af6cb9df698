// more than maxArrayLength (100) items: "... N more items", for arrays, typed arrays, Sets and Maps
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 130 }, (_, i) => i));
console.log(new Uint8Array(102));
console.log(new Set(Array.from({ length: 103 }, (_, i) => i)));
console.log(new Map(Array.from({ length: 102 }, (_, i) => [i, i])));
