// publicEncrypt/privateDecrypt with OAEP (default SHA-1, oaepHash, labels).
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
for (const oaepHash of [undefined, 'sha256', 'sha512']) {
  const ct = crypto.publicEncrypt({ key: pub, oaepHash }, ascii('secret message'));
  console.log(oaepHash, ct.length, String.fromCharCode(...crypto.privateDecrypt({ key: rsa, oaepHash }, ct)));
}
const labelled = crypto.publicEncrypt({ key: pub, oaepHash: 'sha256', oaepLabel: ascii('label') }, ascii('x'));
console.log(String.fromCharCode(...crypto.privateDecrypt({ key: rsa, oaepHash: 'sha256', oaepLabel: ascii('label') }, labelled)));
attempt('wrong label', () => crypto.privateDecrypt({ key: rsa, oaepHash: 'sha256', oaepLabel: ascii('other') }, labelled));
attempt('garbage', () => crypto.privateDecrypt(rsa, new Uint8Array(128)));
attempt('too long', () => crypto.publicEncrypt(pub, new Uint8Array(200)));
attempt('ec key', () => crypto.publicEncrypt(crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey, new Uint8Array(4)));
