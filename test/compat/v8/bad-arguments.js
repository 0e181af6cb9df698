const v8 = require('v8');
const attempt = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.constructor.name, e.code, e.message);
  }
};
attempt(() => new v8.Deserializer(1));
attempt(() => new v8.Deserializer());
attempt(() => new v8.Deserializer('ff'));
attempt(() => v8.deserialize('x'));
attempt(() => v8.deserialize({}));
attempt(() => v8.Serializer());
attempt(() => v8.Deserializer(Buffer.alloc(1)));
attempt(() => new v8.Serializer().writeRawBytes(1));
attempt(() => new v8.Serializer().writeRawBytes('ab'));
attempt(() => new v8.Serializer().transferArrayBuffer(1));
attempt(() => new v8.Serializer().transferArrayBuffer(1, new Uint8Array(1)));
attempt(() => new v8.Serializer().writeUint32());
attempt(() => new v8.Serializer().writeDouble('x'));
attempt(() => v8.setFlagsFromString());
attempt(() => v8.setFlagsFromString(1));
attempt(() => v8.isStringOneByteRepresentation(1));
attempt(() => v8.setHeapSnapshotNearHeapLimit());
attempt(() => v8.setHeapSnapshotNearHeapLimit(0));
attempt(() => v8.setHeapSnapshotNearHeapLimit(-1));
attempt(() => v8.setHeapSnapshotNearHeapLimit(1.5));
attempt(() => v8.queryObjects());
attempt(() => v8.queryObjects(class A {}, { format: 'x' }));
attempt(() => v8.writeHeapSnapshot(1));
attempt(() => v8.getHeapSnapshot(1));
