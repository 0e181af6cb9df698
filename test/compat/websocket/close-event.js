'use strict';
// CloseEvent on its own: the constructor's checks and conversions, the attributes, util.inspect.
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label, '->', fn());
  } catch (e) {
    console.log(label, '->', e.constructor.name, JSON.stringify(e.message));
  }
}

const plain = (e) => util.inspect(e).replace(/timeStamp: [\d.]+/, 'timeStamp: <t>');

console.log(typeof CloseEvent, CloseEvent.name, CloseEvent.length);
console.log(Object.getPrototypeOf(CloseEvent) === Event);
console.log(Object.getOwnPropertyNames(CloseEvent.prototype));
console.log(Object.getOwnPropertyDescriptor(CloseEvent.prototype, 'code'));
console.log(Object.getOwnPropertyDescriptor(CloseEvent.prototype, Symbol.toStringTag));

const e = new CloseEvent('close', { wasClean: true, code: 1000, reason: 'bye' });
console.log(e.type, e.wasClean, e.code, e.reason, e.bubbles, e.cancelable, e.isTrusted);
console.log(plain(e));
console.log(util.inspect(e, { depth: -1 }), util.inspect({ nested: e }, { depth: 0 }));
console.log(Object.prototype.toString.call(e), e instanceof Event, e instanceof CloseEvent);

const d = new CloseEvent('x');
console.log(d.type, d.wasClean, d.code, JSON.stringify(d.reason));

attempt('no type', () => new CloseEvent());
attempt('symbol type', () => new CloseEvent(Symbol('t')));
attempt('init 5', () => new CloseEvent('x', 5));
attempt('init string', () => new CloseEvent('x', 'abc'));
attempt('init true', () => new CloseEvent('x', true));
attempt('init null', () => new CloseEvent('x', null).code);
attempt('init function', () => new CloseEvent('x', () => {}).code);
attempt('code string', () => new CloseEvent('x', { code: '12' }).code);
attempt('code 65537', () => new CloseEvent('x', { code: 65537 }).code);
attempt('code 1.9', () => new CloseEvent('x', { code: 1.9 }).code);
attempt('code NaN', () => new CloseEvent('x', { code: NaN }).code);
attempt('code Infinity', () => new CloseEvent('x', { code: Infinity }).code);
attempt('code -1', () => new CloseEvent('x', { code: -1 }).code);
attempt('code -70000', () => new CloseEvent('x', { code: -70000 }).code);
attempt('code valueOf', () => new CloseEvent('x', { code: { valueOf() { return 4000; } } }).code);
attempt('code symbol', () => new CloseEvent('x', { code: Symbol('c') }));
attempt('reason number', () => JSON.stringify(new CloseEvent('x', { reason: 5 }).reason));
attempt('reason object', () => new CloseEvent('x', { reason: {} }).reason);
attempt('reason symbol', () => new CloseEvent('x', { reason: Symbol('r') }));
attempt('wasClean "yes"', () => new CloseEvent('x', { wasClean: 'yes' }).wasClean);
attempt('wasClean 0', () => new CloseEvent('x', { wasClean: 0 }).wasClean);
attempt('bubbles', () => {
  const c = new CloseEvent('x', { bubbles: true, cancelable: true, composed: true });
  return [c.bubbles, c.cancelable, c.composed];
});
attempt('code on plain object', () => Object.getOwnPropertyDescriptor(CloseEvent.prototype, 'code').get.call({}));
attempt('reason on an Event', () => Object.getOwnPropertyDescriptor(CloseEvent.prototype, 'reason').get.call(new Event('x')));

// Dispatched on an EventTarget like any event.
const target = new EventTarget();
target.addEventListener('close', (ev) => console.log('listener', ev.code, ev.reason, ev.target === target));
target.dispatchEvent(new CloseEvent('close', { code: 4001, reason: 'r' }));
