'use strict';
// Cached data: produced on request, given back to a Script of the same source it is not rejected;
// made from another source (another length), it is.
const vm = require('vm');

const produced = new vm.Script('1 + 1', { produceCachedData: true });
console.log(Object.keys(produced), produced.cachedDataProduced, Buffer.isBuffer(produced.cachedData));
const data = produced.createCachedData();
console.log(Buffer.isBuffer(data), data.length > 0);
const same = new vm.Script('1 + 1', { cachedData: data });
console.log(Object.keys(same), same.cachedDataRejected, same.runInThisContext());
const other = new vm.Script('2 + 22', { cachedData: data });
console.log(other.cachedDataRejected, other.runInThisContext());
const fromProduced = new vm.Script('1 + 1', { cachedData: produced.cachedData });
console.log(fromProduced.cachedDataRejected);
for (const view of [new Uint8Array(data), new DataView(data.buffer, data.byteOffset, data.length)]) {
  console.log(view.constructor.name, new vm.Script('1 + 1', { cachedData: view }).cachedDataRejected);
}
console.log(new vm.Script('1', { produceCachedData: false }).cachedDataProduced);
console.log('cachedDataRejected' in new vm.Script('1'));
// Functions too.
const fn = vm.compileFunction('return 1', [], { produceCachedData: true });
console.log(Object.keys(fn), fn.cachedDataProduced, Buffer.isBuffer(fn.cachedData));
const again = vm.compileFunction('return 1', [], { cachedData: fn.cachedData });
console.log(again.cachedDataRejected, again());
const plain = vm.compileFunction('return 1');
console.log(plain.cachedData, plain.cachedDataProduced, plain.cachedDataRejected);
