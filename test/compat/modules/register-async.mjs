// module.register(): asynchronous hooks on their own thread, fed by initialize() data (with a
// transferred port), chained after registerHooks()'s synchronous hooks; their errors reach import().
import { register, registerHooks } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const { port1, port2 } = new MessageChannel();
const initialized = new Promise((done) => port1.once('message', done));
console.log('register returns', register('./fixtures/hooks/async-hooks.mjs', import.meta.url,
                                         { data: { prefix: 'P-', port: port2 }, transferList: [port2] }));
console.log('from the hooks thread:', await initialized);
port1.close();
console.log((await import('async:one')).default);
console.log((await import('./fixtures/hooks/esm-text.mjs')).default);
console.log((await import('./fixtures/hooks/a.cjs')).default.file);

const sync = registerHooks({
  resolve(specifier, context, nextResolve) {
    return nextResolve(specifier === 'async:alias' ? 'async:two' : specifier, context);
  },
});
console.log((await import('async:alias')).default);
sync.deregister();

for (const specifier of ['fail:resolve', 'fail:return', './fixtures/hooks/nope.mjs']) {
  try {
    await import(specifier);
  } catch (e) {
    console.log(specifier, e.name, e.code, e.message.replace(/ imported from .*/, ''));
  }
}
register('./fixtures/hooks/async-noop.mjs', { parentURL: import.meta.url });
console.log((await import('async:three')).default);
for (const args of [[], [5], ['./fixtures/hooks/async-noop.mjs', 5]]) {
  try {
    register(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
