// number formatting in containers: integers, floats, exponents, negative zero, bigint
console.log([0.1 + 0.2, 1e21, 1e-7, -1e-7, 2 ** 53, -(2 ** 31), 123.456]);
console.log({ big: 2n ** 64n, neg: -(2n ** 63n) });
console.log(new Float64Array([-0, 0.5]));
console.log([Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON]);
