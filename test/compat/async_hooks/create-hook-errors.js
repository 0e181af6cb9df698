// createHook's validation, AsyncHook's shape, enable/disable chaining, and an empty type refused
// while an init hook is on.
const async_hooks = require('node:async_hooks');

for (const kind of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
  try {
    async_hooks.createHook({ [kind]: 'not a function' });
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const hook = async_hooks.createHook({ init() {} });
console.log(hook);
console.log(hook.enable() === hook, hook.enable() === hook, hook.disable() === hook, hook.disable() === hook);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(hook)));
new async_hooks.AsyncResource('');
console.log('empty type is fine without hooks');
hook.enable();
try {
  new async_hooks.AsyncResource('');
} catch (err) {
  console.log(err.name, err.code, JSON.stringify(err.message));
}
hook.disable();
