// EventTarget subclass marked by Node's symbol is recognised by events helpers; Event subclass works.
const { getEventListeners } = require('events');
class MyTarget extends EventTarget {
  fire(type) { return this.dispatchEvent(new Event(type)); }
}
const t = new MyTarget();
t.addEventListener('a', function (e) { console.log('a', this === t, e.target === t); });
console.log(t.fire('a'), getEventListeners(t, 'a').length, t instanceof EventTarget);
console.log(EventTarget[Symbol.for('nodejs.event_target')], MyTarget[Symbol.for('nodejs.event_target')]);
class MyEvent extends Event {
  constructor(type, extra) { super(type, { cancelable: true }); this.extra = extra; }
}
t.addEventListener('m', (e) => { console.log(e.constructor.name, e.extra); e.preventDefault(); });
console.log(t.dispatchEvent(new MyEvent('m', 42)));
