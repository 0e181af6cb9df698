const { promiseHooks } = require('v8');
console.log(Object.keys(promiseHooks));
for (const [name, f] of [['onInit', () => promiseHooks.onInit(1)], ['onBefore', () => promiseHooks.onBefore('x')],
  ['onAfter', () => promiseHooks.onAfter()], ['onSettled', () => promiseHooks.onSettled({})],
  ['createHook', () => promiseHooks.createHook({ init: 1 })], ['createHook', () => promiseHooks.createHook({ settled: 2 })]]) {
  try {
    f();
  } catch (e) {
    console.log(name, e.constructor.name, e.code, e.message);
  }
}
