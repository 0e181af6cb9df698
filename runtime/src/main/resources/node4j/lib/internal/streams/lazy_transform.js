'use strict';
// A Transform that builds its stream state only when something first touches it: crypto's Hash, Hmac,
// Cipheriv and Decipheriv are Transforms, but most programs only call update()/digest() on them and
// should not pay for two stream states each.

const Transform = require('internal/streams/transform');

module.exports = LazyTransform;

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

// Reading any of the states runs Transform's constructor on the object, which replaces the accessors
// below with own data properties; strings written to the stream reach _transform undecoded.
function lazyState(name) {
  return {
    configurable: true,
    enumerable: true,
    get() {
      Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, { value, enumerable: true, configurable: true, writable: true });
    },
  };
}

Object.defineProperties(LazyTransform.prototype, {
  _readableState: lazyState('_readableState'),
  _writableState: lazyState('_writableState'),
  _transformState: lazyState('_transformState'),
});
