'use strict';
// Built-ins Node 24's V8 has (and GraalJS stages), and staged ones V8 13.6 does not ship.
const log = (...a) => console.log(...a);
log(typeof Array.fromAsync, typeof Error.isError, typeof JSON.rawJSON, typeof JSON.isRawJSON, typeof Atomics.pause);
log(Error.isError(new TypeError()), Error.isError({ __proto__: Error.prototype }), Error.isError(new DOMException()));
log(JSON.stringify({ big: JSON.rawJSON('12345678901234567890') }), JSON.isRawJSON(JSON.rawJSON('1')));
log(Atomics.pause(), Atomics.pause(3));
log(typeof String.dedent, typeof Math.sumPrecise, typeof Iterator.concat, typeof Map.prototype.getOrInsert,
    typeof WeakMap.prototype.getOrInsertComputed, typeof Uint8Array.fromBase64, typeof Uint8Array.prototype.toHex,
    typeof FinalizationRegistry.prototype.cleanupSome, 'variants' in Intl.Locale.prototype);
log(typeof Promise.try, typeof RegExp.escape, typeof Math.f16round, typeof Float16Array, typeof Symbol.dispose,
    typeof Symbol.asyncDispose, typeof Iterator.prototype[Symbol.dispose], typeof Iterator.prototype.map);
const loc = new Intl.Locale('en-US');
log(loc.hourCycles, loc.getHourCycles(), loc.weekInfo, Object.getOwnPropertyDescriptor(Intl.Locale.prototype, 'calendars').get.name);

// an iterator disposes by calling its return()
function* gen() { try { yield 1; yield 2; } finally { log('generator closed'); } }
const it = gen();
it.next();
log(it[Symbol.dispose]());
log(Iterator.prototype[Symbol.dispose].call({}), Iterator.prototype[Symbol.dispose].name);
try { Iterator.prototype[Symbol.dispose].call({ return: 1 }); } catch (e) { log(e.constructor.name); }

(async () => {
  log(await Array.fromAsync((async function* () { yield 1; yield Promise.resolve(2); })()));
  log(await Array.fromAsync([Promise.resolve(3), 4], (x) => x * 2));
  async function* agen() { try { yield 1; } finally { log('async generator closed'); } }
  const ai = agen();
  await ai.next();
  log(await ai[Symbol.asyncDispose]());
  log(await Object.getPrototypeOf(Object.getPrototypeOf(agen.prototype))[Symbol.asyncDispose].call({}));
  log(Object.getPrototypeOf(Object.getPrototypeOf(agen.prototype))[Symbol.asyncDispose].name);
})();
