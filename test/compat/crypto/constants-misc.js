// crypto.constants and the small functions.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const c = crypto.constants;
console.log(c.RSA_PKCS1_PADDING, c.RSA_NO_PADDING, c.RSA_PKCS1_OAEP_PADDING, c.RSA_PKCS1_PSS_PADDING);
console.log(c.RSA_PSS_SALTLEN_DIGEST, c.RSA_PSS_SALTLEN_MAX_SIGN, c.RSA_PSS_SALTLEN_AUTO);
console.log(c.POINT_CONVERSION_COMPRESSED, c.POINT_CONVERSION_UNCOMPRESSED, c.POINT_CONVERSION_HYBRID);
console.log(Object.isFrozen(c), crypto.getFips());
console.log(require('node:crypto') === crypto);
