'use strict';
// Symbols that events shares with the modules built on it (EventTarget, AbortSignal, streams): one
// definition each, so that a target marked by one module is recognised by the others.

module.exports = {
  // On EventTarget instances: their own max-listeners value, and whether they already warned.
  kMaxEventTargetListeners: Symbol('events.maxEventTargetListeners'),
  kMaxEventTargetListenersWarned: Symbol('events.maxEventTargetListenersWarned'),
  // Listener flag of EventTarget.addEventListener: run even after stopImmediatePropagation().
  kResistStopPropagation: Symbol('kResistStopPropagation'),
  // events.on() option: hand listeners' first argument to the iterator instead of the argument array.
  kFirstEventParam: Symbol('nodejs.kFirstEventParam'),
  // EventTarget listener flags of other modules: a weakly held listener (AbortSignal.any's), and
  // one that gets emit()'s value rather than an Event (NodeEventTarget.on).
  kWeakHandler: Symbol('kWeak'),
  kIsNodeStyleListener: Symbol('kIsNodeStyleListener'),
  // Event constructor option: the event comes from the platform (isTrusted is true).
  kTrusted: Symbol('kTrusted'),
  // On events.on() iterators: a view of the buffered-event count and the watermarks.
  kWatermarkData: Symbol.for('nodejs.watermarkData'),
  // Errors that emit('error') threw for want of a listener -> { emitter: its class name or '',
  // stack: where emit was called, or null for ERR_UNHANDLED_ERROR }: the fatal report shows them
  // as Node does ("Emitted 'error' event on Foo instance at:").
  unhandledErrorSites: new WeakMap(),
};
