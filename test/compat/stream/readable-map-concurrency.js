// map() with concurrency keeps order and runs calls in parallel.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const delay = (ms, v) => new Promise((res) => setTimeout(() => res(v), ms));
async function main() {
  let active = 0;
  let maxActive = 0;
  const out = await Readable.from([1, 2, 3, 4, 5, 6]).map(async (x) => {
    active++;
    maxActive = Math.max(maxActive, active);
    await delay(x % 2 ? 20 : 5);
    active--;
    return x * 10;
  }, { concurrency: 3 }).toArray();
  log(out, 'max concurrent', maxActive);
  const order = [];
  await Readable.from([1, 2, 3]).forEach(async (x) => { await delay(100 - x * 30); order.push(x); }, { concurrency: 3 });
  log('forEach finish order', order);
}
main();
