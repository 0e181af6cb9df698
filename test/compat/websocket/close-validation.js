'use strict';
// close()'s argument checks: codes other than 1000 and 3000-4999 are an InvalidAccessError (after
// Web IDL's clamping: fractions round to even, NaN is 0), reasons over 123 UTF-8 bytes a
// SyntaxError; the checks apply in every state, and a close() that fails changes nothing.
const { scenario } = require('./_server');

function attempt(ws, label, ...args) {
  try {
    ws.close(...args);
    console.log(label, '-> closed, readyState', ws.readyState);
    return true;
  } catch (e) {
    console.log(label, '->', e.constructor.name, e.name, e.code, JSON.stringify(e.message), 'readyState', ws.readyState);
    return false;
  }
}

(async () => {
  await scenario('checks', () => {}, {
    setup(ws) {
      ws.onopen = () => {
        for (const [label, ...args] of [
          ['1001', 1001], ['999', 999], ['2999', 2999], ['5000', 5000], ['0', 0], ['-1', -1],
          ['NaN', NaN], ['null', null], ['"abc"', 'abc'], ['4999.5', 4999.5], ['65536+3000', 68536],
          ['Infinity', Infinity],
          ['reason 124 bytes', 1000, 'x'.repeat(124)],
          ['reason 62 two-byte chars', 1000, 'é'.repeat(62)],
          ['bad code and long reason', 1001, 'x'.repeat(200)],
        ]) attempt(ws, label, ...args);
        attempt(ws, '2999.5 (rounds to 3000), 123-byte reason', 2999.5, 'é'.repeat(61) + 'x');
        attempt(ws, 'while closing, bad code', 1);
        attempt(ws, 'while closing, long reason', 3000, 'y'.repeat(130));
        attempt(ws, 'while closing, valid', 3000);
      };
    },
  });

  // Clamping: 3001.5 rounds up to 3002, 3000.6 down to 3000 (as Node rounds).
  for (const code of [3001.5, 3000.6, 3001.2]) {
    await scenario(`code ${code}`, () => {}, { setup(ws) { ws.onopen = () => ws.close(code); } });
  }

  // A symbol cannot be converted.
  await scenario('symbol', () => {}, {
    setup(ws) {
      ws.onopen = () => {
        try { ws.close(Symbol('c')); } catch (e) { console.log('symbol code:', e.constructor.name); }
        try { ws.close(1000, Symbol('r')); } catch (e) { console.log('symbol reason:', e.constructor.name); }
        ws.close();
      };
    },
  });
})();
