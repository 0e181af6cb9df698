// RSA PKCS#1 v1.5 signatures are deterministic: known answers with a fixed key.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const rsa = crypto.createPrivateKey(`-----BEGIN PRIVATE KEY-----
MIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBAMtLHjITYx2+y0Yc
VmeThrwFX8D+AD0ITU1yXmwvS12semBdsYu5ymwSzc70z0TE69R2IGvj3WHIB+HJ
6kZ0w/LD2QXFOAYoABTNVN03SOTzjPlHWeYh8Dn+y+96nqRLICblczWNdugHYmoZ
0RYN9bDKH16AalUuLqY12Htd8JLpAgMBAAECgYAH7boTweXPty0+YsSL7ZkHpD4D
zOQ9fSFmr9s25PFPifaL45uVE33tkR4twCaFTBjWhHTnQE/WDHMiPzm/3bX2pAjS
ubD3fx12J7QuiiJuj7Ri6ED5bpYzR4iN9Zl0HeyvmW8izLH68SKOblrq3E5621v7
rA4/e+SVrv2+V+KxwQJBAPhiQuZ2Md6q/xVq2M33lxUftNVjnvisW4b0/5uFITbh
TM2KdJUmCr8aZoEvDcWlhkz0PFL587dXS96jygGoTS0CQQDRhukUEjxw5fv2LX+S
fBn5X8j8/biVEgEmIOc+G1ffrt/j9Fk5ijCzf76Y5gRam5FD/sLTGxfvbDpVQpTA
vEotAkBZp95OIcvOfBqnOHIZpo06ar9zZwoy6MQA6t543I0oqhp29ssuKxUl9fma
F8n41c6saFx99wsp2rDgJG7+OinhAkEAsQnMQRBTj5VT+yNgipZfoA0mF1YOs659
2AivOxQBgNgTB1p8VZkFI3YJxsl73k9aQ9isJ5HZ/Iw3EblrVRsDlQJBAL4PyuKY
2IxkvqEePw+zYZsem5F97K+aUg+79K5eK2UoUpsQcMsxGL4GXp8KqKvHvUgnBK36
yYk6OkU7lQ226yc=
-----END PRIVATE KEY-----
`);
const pub = crypto.createPublicKey(rsa);
for (const alg of ['sha1', 'sha256', 'sha384', 'sha512', 'sha224', 'md5', 'sha3-256', 'sha512-256']) {
  const sig = crypto.sign(alg, ascii('message'), rsa);
  console.log(alg, hex(sig).slice(0, 64), crypto.verify(alg, ascii('message'), pub, sig), crypto.verify(alg, ascii('massage'), pub, sig));
}
console.log(hex(crypto.sign(null, ascii('message'), rsa)).slice(0, 32));
