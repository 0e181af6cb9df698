'use strict';
// crypto.Certificate (SPKAC): verifySpkac, exportPublicKey and exportChallenge, static and on instances
// (with or without new), for RSA SPKACs signed with MD5 and SHA-256 (made with openssl spkac), the
// input shapes and encodings, what OpenSSL's base64 decoding tolerates, and bad input: false or ''.
const { Certificate } = require('crypto');

const md5 = 'MIIBTTCBtzCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEAwWp/12oSCstY/yRNRQxg3aHWDTuklyN62C1/wq/K8+G1aXrsPUs7lXsSpaIzCRbOyHJimqWtcNbKuiis6MyajllxozlBZFpDICmq6NKN4N+moYvxju9RCDbeDTC3x75QzmoOTU6TnCIq0kkwpoovz2HqLe8FufclHZEYkyL5vycCAwEAARYTdGhpcy1pcy1hLWNoYWxsZW5nZTANBgkqhkiG9w0BAQQFAAOBgQBhY4Xdi6nP2lDhemlOXlnC0br0Rl4OiW7itxhW3Ay8IfJqxu8AioglfYBWtyWWZBrOigFxGRgjBBHohvvWMWA2H/9MCKWyuXp8zNoa2X2zLWyKT8JQEFUeRW55o77SvWFH4wHjE+GOdpwl30xIXhIjJXohzcjJoZYFeHLf3UtyqA==';
const sha256 = 'MIIBSjCBtDCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEAwWp/12oSCstY/yRNRQxg3aHWDTuklyN62C1/wq/K8+G1aXrsPUs7lXsSpaIzCRbOyHJimqWtcNbKuiis6MyajllxozlBZFpDICmq6NKN4N+moYvxju9RCDbeDTC3x75QzmoOTU6TnCIq0kkwpoovz2HqLe8FufclHZEYkyL5vycCAwEAARYQc2hhMjU2IGNoYWxsZW5nZTANBgkqhkiG9w0BAQsFAAOBgQBQAcyganwpZJg2vxUgVDN6RQCJ1UhkwQLzhn+LMjsIJq4RNsbGaTuaBsWdKObYIIX2lc/gNZDsOXimfHN4/oAKhaHXR9av4hYME/J3JleDtaEMqiC22dKOoiIkQZSFs3QoMdqzsrQ7YrDeX7dOqs/hY8XSTxRHLroEBr1xhGzBFw==';
const tampered = md5.slice(0, 100) + (md5[100] === 'A' ? 'B' : 'A') + md5.slice(101);
for (const s of [md5, sha256, Buffer.from(md5), tampered, 'garbage', '', md5 + '\n', ' ' + md5, Buffer.from(md5, 'base64').toString('hex')]) {
  try { console.log('verify', Certificate.verifySpkac(typeof s === 'string' && /^[0-9a-f]+$/.test(s) ? s : s, /^[0-9a-f]+$/.test(String(s)) ? 'hex' : undefined)); } catch (e) { console.log('verify err', e.code, e.message); }
  try { const k = Certificate.exportPublicKey(s); console.log('key', k && k.toString().split('\n')[0], k && k.length); } catch (e) { console.log('key err', e.code, e.message); }
  try { const c = Certificate.exportChallenge(s); console.log('challenge', c, c && c.toString()); } catch (e) { console.log('challenge err', e.code, e.message); }
}
const inst = Certificate();
const inst2 = new Certificate();
console.log(inst instanceof Certificate, inst2 instanceof Certificate, Object.keys(inst), inst.verifySpkac(Buffer.from(md5)), inst.exportChallenge(md5).toString());
for (const bad of [1, null, undefined, {}, [1]]) {
  try { Certificate.verifySpkac(bad); } catch (e) { console.log(e.code, e.message); }
  try { Certificate.exportPublicKey(bad); } catch (e) { console.log(e.code, e.message); }
}
try { Certificate.verifySpkac(md5, 'nope'); } catch (e) { console.log(e.code, e.message); }
console.log(Certificate.verifySpkac(Buffer.from(md5, 'base64').toString('hex'), 'hex'));
console.log(Certificate.exportChallenge(Buffer.from(md5, 'base64').toString('hex'), 'hex').toString());
console.log(Certificate.verifySpkac(new Uint8Array(Buffer.from(md5))), Certificate.verifySpkac(new DataView(Buffer.from(md5).buffer.slice(0))));
console.log(Certificate.length, Certificate.verifySpkac.length, Certificate.exportPublicKey.length, Certificate.exportChallenge.length, Certificate.name);
const show = (v) => `${typeof v}:${Buffer.isBuffer(v) ? 'buf' + v.length : JSON.stringify(v)}`;
for (const s of ['', 'garbage', Buffer.alloc(0), 'AAAA', md5.slice(0, 200), new DataView(Buffer.from(md5).buffer.slice(0)), Buffer.from(md5).buffer.slice(0), md5.replace(/(.{64})/g, '$1\n'), md5.replace(/=+$/, '')])
  console.log(show(Certificate.verifySpkac(s)), show(Certificate.exportPublicKey(s)), show(Certificate.exportChallenge(s)));
console.log(Certificate.exportPublicKey(md5).toString());
const u = Buffer.from(md5);
console.log(Certificate.exportPublicKey(new DataView(u.buffer, u.byteOffset, u.length)));
for (const [n, s] of [['lead-nl', '\n' + md5], ['lead-tab', '\t' + md5], ['trail-sp', md5 + ' '], ['trail-crlf', md5 + '\r\n'], ['trail-tab', md5 + '\t'], ['mid-sp', md5.slice(0, 8) + ' ' + md5.slice(8)], ['extra', md5 + 'AAAA'], ['urlsafe', md5.replace(/\+/g, '-').replace(/\//g, '_')], ['one-pad', md5.slice(0, -1)], ['trail-nul', md5 + '\0'], ['lead-2sp', '  ' + md5], ['trail-2nl', md5 + '\n\n']])
  console.log(n, Certificate.verifySpkac(s), Certificate.exportChallenge(s).toString());
