const v8 = require('v8');
const s = new v8.Serializer();
s.writeHeader();
s.writeValue('v');
s.writeUint32(70000);
s.writeUint64(0x12345, 0xfffffffe);
s.writeDouble(-2.25);
s.writeRawBytes(Buffer.from('raw'));
const bytes = s.releaseBuffer();
const d = new v8.Deserializer(bytes);
console.log(Object.keys(d), d.buffer === bytes);
console.log(d.readHeader(), d.getWireFormatVersion(), d.readValue(), d.readUint32(), d.readUint64(), d.readDouble());
console.log(d.readRawBytes(3).toString());
for (const f of [() => d.readUint32(), () => d.readDouble(), () => d.readRawBytes(1), () => d.readValue(), () => d.readUint64()]) {
  try {
    f();
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
const d2 = new v8.Deserializer(Buffer.from('ff0f30aabbcc', 'hex'));
d2.readHeader();
d2.readValue();
console.log(d2._readRawBytes(1), d2.readRawBytes(2));
