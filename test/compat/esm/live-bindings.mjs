// Imported bindings are live views of the exporting module's variables, and read-only.
import { count, increment } from './fixtures/counter.mjs';
import * as counter from './fixtures/counter.mjs';

console.log(count, counter.count);
increment();
increment();
console.log(count, counter.count);
try {
  counter.count = 10;
} catch (err) {
  console.log(err.constructor.name);
}
console.log(count);
