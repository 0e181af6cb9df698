// Bad receivers and arguments of AbortSignal's API.
const tries = {
  ctor: () => new AbortSignal(),
  ctorCall: () => AbortSignal(),
  abortedThis: () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}),
  reasonThis: () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get.call({}),
  throwThis: () => AbortSignal.prototype.throwIfAborted.call({}),
  onabortThis: () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').get.call({}),
  timeoutStr: () => AbortSignal.timeout('1'),
  timeoutNeg: () => AbortSignal.timeout(-1),
  timeoutFrac: () => AbortSignal.timeout(1.5),
  timeoutBig: () => AbortSignal.timeout(2 ** 32),
  timeoutNaN: () => AbortSignal.timeout(NaN),
  any0: () => AbortSignal.any(),
  anyObj: () => AbortSignal.any({}),
  anyStr: () => AbortSignal.any('ab'),
  anyBad: () => AbortSignal.any([AbortSignal.abort(), 1]),
  anyNull: () => AbortSignal.any([null]),
  acAbortThis: () => AbortController.prototype.abort.call({}),
};
for (const [name, fn] of Object.entries(tries)) {
  try {
    const r = fn();
    console.log(name, 'ok', typeof r);
  } catch (err) {
    console.log(name, err.name, err.code, err.code ? err.message : '');
  }
}
