'use strict';
const a = new Int32Array(new SharedArrayBuffer(16));
console.log(Atomics.add(a, 0, 5), Atomics.sub(a, 0, 2), Atomics.and(a, 0, 1), Atomics.or(a, 0, 6), Atomics.xor(a, 0, 3));
console.log(Atomics.exchange(a, 1, 9), Atomics.compareExchange(a, 1, 9, 10), Atomics.load(a, 1), Atomics.store(a, 2, 7));
console.log(Atomics.isLockFree(4), Atomics.isLockFree(8), a);
