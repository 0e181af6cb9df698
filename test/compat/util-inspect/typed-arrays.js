// typed arrays "Uint8Array(3) [ 1, 2, 3 ]" of every kind, empty, with extra properties
console.log(new Uint8Array([1, 2, 3]), new Int8Array([-1, 0, 1]), new Uint16Array(0));
console.log(new Float32Array([1.5, -0, NaN]), new Float64Array([0.1, 1e21]));
console.log(new BigInt64Array([1n, -2n]), new BigUint64Array([3n]));
console.log(new Uint8ClampedArray([300, -5]), new Int32Array(2), new Uint32Array([4294967295]));
const t = new Uint8Array(2);
t.foo = 'bar';
console.log(t);
console.log(new Uint8Array(30));
console.log({ ta: new Int16Array([1, 2, 3]) });
class MyBytes extends Uint8Array {}
console.log(new MyBytes(2));
