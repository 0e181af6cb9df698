// How ERR_INVALID_ARG_TYPE describes the received value: types with values, instances, functions,
// long strings cut to 25 characters, quotes chosen by content.
const EventEmitter = require('events');
const values = [undefined, null, 1, -0, NaN, 12n, true, Symbol('s'), 'short', "it's",
  'a long string that is cut somewhere here', 'y'.repeat(26), {}, [], new Map(), () => {},
  function named() {}, class K {}, new (class Custom {})()];
for (const v of values) {
  try {
    new EventEmitter().on('x', v);
  } catch (e) {
    console.log(e.code, e.name, '|', e.message);
  }
}
