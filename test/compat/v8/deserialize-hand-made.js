const v8 = require('v8');
const util = require('util');
for (const hex of ['ff0d30', 'ff0e5f', 'ff0f53026162', 'ff0f410130240001', 'ff0f410249025f240002', 'ff0f6f4e000000000000f83f49027b01',
  'ff0f61034900490249044906400203', 'ff0f3f0230', 'ff0f00630461000001', 'ff0f5a110100000000000000']) {
  console.log(hex, util.inspect(v8.deserialize(Buffer.from(hex, 'hex'))));
}
