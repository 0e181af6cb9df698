'use strict';
const assert = require('assert');
function t(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}

// Each assertion sits on its own line, as Node reads the caller's source back.
try {
  assert.ok(typeof 123 === 'string' &&
    1 === 2);
} catch (e) { console.log(JSON.stringify(e.message)); }
  try { assert(false, undefined); } catch (e) { console.log(JSON.stringify(e.message)); }
try { if (true) assert.equal(1, 1), assert(['a'].includes("b"), undefined); } catch (e) { console.log(JSON.stringify(e.message)); }
function check(v) { assert.ok(v); }
try { check(0); } catch (e) { console.log(JSON.stringify(e.message)); }
const strict = require('assert/strict');
try { strict(0); } catch (e) { console.log(JSON.stringify(e.message)); }
try { strict.ok(''); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.ok(null, /* comment ) */ undefined); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.ok(')' === '(' ); } catch (e) { console.log(JSON.stringify(e.message)); }
try { [0].forEach((v) => assert(v)); } catch (e) { console.log(JSON.stringify(e.message)); }
