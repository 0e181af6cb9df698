// A package imports itself by its own name through its "exports".
import { self } from 'esm-self';
import { sub } from 'esm-self/sub';

console.log(self, sub);
try {
  await import('esm-self/fixtures/util.js');
} catch (err) {
  console.log(err.code, err.message);
}
