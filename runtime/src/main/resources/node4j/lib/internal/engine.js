'use strict';
// Engine facilities lib/ needs and user code must not see, taken from GraalJS's globals at bootstrap
// (before user code runs) and then removed from the global object:
//   className(value)          the engine's internal class of an object ("Promise", "Map Iterator",
//                             "Arguments"...), exact where Object.prototype.toString can be spoofed
//   detachArrayBuffer(buffer) detaches an ArrayBuffer (transfer semantics)
//   implementationClass(value) the engine's Java class of an object, e.g. telling a Proxy (whose
//                             className is its target's) without a host call
//   AsyncContextVariable      the TC39 AsyncContext.Variable class: a value promise jobs capture
//                             and restore (internal/async_context_frame keeps Node's frame in one)
//   languageGlobals           the names the global object had before lib/ added any: the
//                             language's own (Object, Map, Intl...), as util.inspect's %s needs them

module.exports = {
  className: null,
  detachArrayBuffer: null,
  implementationClass: null,
  AsyncContextVariable: null,
  languageGlobals: null,
};
