const v8 = require('v8');
for (const input of ['', 'ff', '30', 'ff0c30', 'ff1030', 'ff0f', 'ff0f6f22016149027b02', 'ff0f6f54490', 'ff0f5e00', 'ff0f22', 'ff0f2205616263',
  'ff0f99', 'ff0f4e0000', 'ff0f5c31020102', 'ff0f3b4902', 'ff0f4105']) {
  try {
    console.log(input, v8.deserialize(Buffer.from(input, 'hex')));
  } catch (e) {
    console.log(input, e.constructor.name, e.message.includes('BYTES_PER_ELEMENT') ? 'no such view type' : e.message);
  }
}
