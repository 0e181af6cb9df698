const v8 = require('v8');
class Custom extends v8.Serializer {
  _getDataCloneError(message) {
    return new RangeError(`custom: ${message}`);
  }
  _getSharedArrayBufferId(sab) {
    return 7;
  }
  _writeHostObject(view) {
    this.writeUint32(view.length);
  }
}
const c = new Custom();
c.writeHeader();
c.writeValue(new SharedArrayBuffer(4));
c._setTreatArrayBufferViewsAsHostObjects(true);
c.writeValue(new Uint8Array(6));
console.log(c.releaseBuffer().toString('hex'));
try {
  new Custom().writeValue(Symbol('x'));
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const noHost = new v8.Serializer();
noHost._setTreatArrayBufferViewsAsHostObjects(true);
try {
  noHost.writeValue(new Uint8Array(1));
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(new v8.DefaultSerializer() instanceof v8.Serializer, Object.getOwnPropertyNames(v8.DefaultSerializer.prototype));
