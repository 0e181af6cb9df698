// Post-order evaluation of the graph, each module once; cycles see hoisted functions.
import { events } from './fixtures/log.mjs';
import './fixtures/order/a.mjs';
import './fixtures/order/c.mjs';
import './fixtures/order/b.mjs';
import { seen, a } from './fixtures/cycle/a.mjs';

console.log(events.join(','));
console.log(seen, a);
