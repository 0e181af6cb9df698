// The members of Event, CustomEvent and EventTarget, in Node's order, and their descriptors.
console.log(Object.getOwnPropertyNames(Event.prototype));
console.log(Object.getOwnPropertyNames(Event));
console.log(Object.getOwnPropertyNames(CustomEvent.prototype));
console.log(Object.getOwnPropertyNames(EventTarget.prototype));
console.log(Object.getOwnPropertyDescriptor(Event.prototype, 'type'));
console.log(Object.getOwnPropertyDescriptor(Event.prototype, 'preventDefault').enumerable);
console.log(Object.getOwnPropertyDescriptor(Event, 'NONE'), Object.getOwnPropertyDescriptor(Event.prototype, 'NONE'));
console.log(Object.getOwnPropertyDescriptor(EventTarget.prototype, 'addEventListener'));
console.log(Object.getOwnPropertyDescriptor(Event.prototype, Symbol.toStringTag));
console.log(Object.getOwnPropertyDescriptor(EventTarget.prototype, Symbol.toStringTag));
for (const name of ['Event', 'EventTarget', 'CustomEvent']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, d.writable, d.enumerable, d.configurable);
}
console.log(Object.getPrototypeOf(CustomEvent) === Event, typeof Object.getOwnPropertyDescriptor(Event.prototype, 'returnValue').set);
console.log(require('util').inspect(EventTarget));
