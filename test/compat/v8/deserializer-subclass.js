const v8 = require('v8');
class Host extends v8.Deserializer {
  _readHostObject() {
    return { host: this.readUint32() };
  }
}
const d = new Host(Buffer.from('ff0f415c05' + '5c07' + '5e01' + '240003', 'hex'));
d.readHeader();
console.log(d.readValue());
const base = new v8.Deserializer(Buffer.from('ff0f5c', 'hex'));
base.readHeader();
try {
  base.readValue();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
class Bad extends v8.Deserializer {
  _readHostObject() {
    return 1;
  }
}
const bad = new Bad(Buffer.from('ff0f5c', 'hex'));
bad.readHeader();
try {
  bad.readValue();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const ab = new ArrayBuffer(3);
const t = new v8.Deserializer(Buffer.from('ff0f410274035e01240002', 'hex'));
t.transferArrayBuffer(3, ab);
t.readHeader();
const got = t.readValue();
console.log(got[0] === ab, got[1] === ab);
