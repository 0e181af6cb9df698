'use strict';
// process.getActiveResourcesInfo() for timers and immediates: a 'Timeout' per ref'd timer (the one
// whose callback runs counts until it ends or clears itself), an 'Immediate' per ref'd immediate still
// to run. Snapshots are kept and printed at the end, so that stdout (a handle in Node when it is a
// pipe) does not show in them. One step at a time, so that each list is the same on every run.
const seen = [];
const snap = (label) => seen.push(`${label}: ${JSON.stringify(process.getActiveResourcesInfo())}`);

const steps = [
  (next) => {
    snap('start');
    const t = setTimeout(() => {}, 10);
    t.unref();
    snap('unref');
    t.ref();
    snap('ref again');
    t.unref();
    const cleared = setTimeout(() => {}, 1);
    clearTimeout(cleared);
    snap('after clear');
    const byId = setTimeout(() => {}, 1);
    clearTimeout(+byId);
    snap('after clear by id');
    const imm = setImmediate(() => {});
    snap('immediate');
    clearImmediate(imm);
    snap('after clearImmediate');
    setImmediate(() => {
      snap('in immediate');
      setImmediate(() => {}).unref();
      snap('unref immediate added');
      setImmediate(next);
    });
  },
  (next) => {
    setTimeout(() => {
      snap('in timeout');
      setImmediate(next);
    }, 1);
  },
  (next) => {
    setTimeout(function() {
      clearTimeout(this);
      snap('in self-cleared timeout');
      setImmediate(next);
    }, 1);
  },
  (next) => {
    setTimeout(() => snap('in unref timeout'), 1).unref();
    setTimeout(() => {
      snap('in the timeout keeping the loop alive');
      setImmediate(next);
    }, 5);
  },
  (next) => {
    let n = 0;
    const iv = setInterval(() => {
      snap(`in interval ${++n}`);
      if (n === 2) {
        clearInterval(iv);
        snap('interval cleared');
        setImmediate(next);
      }
    }, 1);
  },
  (next) => {
    const ac = new AbortController();
    require('timers/promises').setTimeout(20, null, { signal: ac.signal }).catch((err) => {
      snap(err.name);
      setImmediate(next);
    });
    AbortSignal.timeout(1000);
    snap('promise timer and AbortSignal.timeout');
    ac.abort();
  },
];

(function run() {
  const step = steps.shift();
  if (step) step(run);
})();

process.on('beforeExit', () => snap('beforeExit'));
process.on('exit', () => {
  snap('exit');
  console.log(seen.join('\n'));
});
