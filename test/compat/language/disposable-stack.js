'use strict';
// DisposableStack: resources disposed last-first, once; errors chained as SuppressedError; V8's
// messages for misuse.
const log = (...a) => console.log(...a);

const stack = new DisposableStack();
log(stack.disposed, String(stack), Object.prototype.toString.call(stack));
const res = (name) => ({ name, [Symbol.dispose]() { log('dispose', this.name); } });
log(stack.use(res('a')).name);
log(stack.use(null), stack.use(undefined));
log(stack.adopt(42, function (v) { log('adopt', v, this === undefined); }));
log(stack.defer(() => log('deferred')));
stack.use(res('b'));
log(stack.dispose(), stack.disposed);
log(stack.dispose());

// errors: the last thrown is the outer error, the earlier ones its `suppressed`
const s2 = new DisposableStack();
s2.defer(() => { throw new Error('first'); });
s2.defer(() => log('between'));
s2.defer(() => { throw new Error('second'); });
s2.defer(() => { throw new Error('third'); });
try {
  s2.dispose();
} catch (e) {
  log(e.constructor.name, e.message, Reflect.ownKeys(e).filter((k) => k !== 'stack'));
  log(e.error.message, e.suppressed.constructor.name, e.suppressed.error.message, e.suppressed.suppressed.message);
  log(e instanceof SuppressedError, e instanceof Error, Object.getOwnPropertyDescriptor(e, 'error').enumerable);
}
const s3 = new DisposableStack();
s3.defer(() => { throw 7; });
try { s3.dispose(); } catch (e) { log('single', e); }

// move: the resources go to a new DisposableStack; this one is disposed
class Sub extends DisposableStack {}
const sub = new Sub();
sub.use(res('moved'));
const moved = sub.move();
log(sub.disposed, moved.disposed, moved.constructor.name, sub instanceof Sub, moved instanceof Sub);
moved[Symbol.dispose]();

// misuse
const tryIt = (label, fn) => {
  try { log(label, fn()); } catch (e) { log(label, e.constructor.name, e.message); }
};
const fresh = new DisposableStack();
tryIt('call', () => DisposableStack());
for (const r of [1, 'str', null, undefined, Symbol('s'), {}, [], new Map(), Object.create(null), true]) {
  tryIt('receiver', () => DisposableStack.prototype.use.call(r, null));
}
tryIt('getter', () => Object.getOwnPropertyDescriptor(DisposableStack.prototype, 'disposed').get.call({}));
tryIt('dispose recv', () => DisposableStack.prototype.dispose.call(new AsyncDisposableStack()));
tryIt('use 1', () => fresh.use(1));
tryIt('use {}', () => fresh.use({}));
tryIt('use bad', () => fresh.use({ [Symbol.dispose]: 'x' }));
tryIt('adopt', () => fresh.adopt(1, {}));
tryIt('defer', () => fresh.defer('str'));
tryIt('defer fn src', () => fresh.defer(5));
fresh.dispose();
for (const m of ['use', 'adopt', 'defer', 'move']) tryIt(`disposed ${m}`, () => fresh[m](() => {}));

// shape
log(Object.getOwnPropertyNames(DisposableStack.prototype), DisposableStack.length, DisposableStack.name);
log(DisposableStack.prototype[Symbol.dispose] === DisposableStack.prototype.dispose);
log(Object.getOwnPropertyDescriptor(DisposableStack, 'prototype'));
log(Object.getOwnPropertyDescriptor(DisposableStack.prototype, Symbol.toStringTag));
log(stack, new Sub(), DisposableStack.prototype.use.name, DisposableStack.prototype.adopt.length);
