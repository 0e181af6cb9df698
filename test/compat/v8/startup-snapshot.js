const { startupSnapshot } = require('v8');
console.log(Object.keys(startupSnapshot), startupSnapshot.isBuildingSnapshot());
for (const name of ['addSerializeCallback', 'addDeserializeCallback', 'setDeserializeMainFunction']) {
  try {
    startupSnapshot[name](() => {});
  } catch (e) {
    console.log(name, e.constructor.name, e.code, e.message);
  }
}
