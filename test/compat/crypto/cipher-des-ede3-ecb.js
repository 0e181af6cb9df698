// des-ede3 (ECB, alias des-ede3-ecb) and des-ede3-cfb8 against the oracle: padding, no IV, split input.
const crypto = require('crypto');
const key = Buffer.from('0123456789abcdeffedcba987654321089abcdef01234567', 'hex');
const iv = Buffer.from('1234567890abcdef', 'hex');
const text = Buffer.from('The quick brown fox jumps over the lazy dog!');
function run(name, civ, data, pad = true) {
  const c = crypto.createCipheriv(name, key, civ);
  c.setAutoPadding(pad);
  const a = c.update(data.subarray(0, 5));
  const b = c.update(data.subarray(5));
  const f = c.final();
  const all = Buffer.concat([a, b, f]);
  const d = crypto.createDecipheriv(name, key, civ);
  d.setAutoPadding(pad);
  const back = Buffer.concat([d.update(all), d.final()]);
  console.log(name, a.length, b.length, f.length, all.toString('hex'), back.equals(data));
}
for (const n of [0, 1, 7, 8, 9, 16, 44]) run('des-ede3', null, text.subarray(0, n));
run('des-ede3-ecb', null, text);
run('des-ede3', null, text.subarray(0, 40), false);
for (const n of [0, 1, 7, 8, 44]) run('des-ede3-cfb8', iv, text.subarray(0, n));
try { run('des-ede3', null, text.subarray(0, 41), false); } catch (e) { console.log(e.code, e.message); }
try { crypto.createCipheriv('des-ede3', key, iv); console.log('iv accepted'); } catch (e) { console.log(e.code, e.message); }
try { crypto.createCipheriv('des-ede3-cfb8', key.subarray(0, 16), iv); } catch (e) { console.log(e.code, e.message); }
for (const n of ['des-ede3', 'des-ede3-ecb', 'DES-EDE3', 'des-ede3-cfb8']) console.log(JSON.stringify(crypto.getCipherInfo(n)));
const list = crypto.getCiphers();
for (const n of ['des-ede3', 'des-ede3-ecb', 'des-ede3-cfb8', 'chacha20', 'id-aes128-wrap', 'aes128-wrap', 'id-aes256-wrap-pad',
  'aes256-wrap-pad']) console.log(n, list.includes(n));
const at = (n) => list.indexOf(n);
console.log('order', at('aes128') < at('aes128-wrap') && at('aes128-wrap') < at('aes128-wrap-pad') && at('aes128-wrap-pad') < at('aes192'),
  at('chacha20') < at('chacha20-poly1305'), at('des-ede3') < at('des-ede3-cbc') && at('des-ede3-cbc') < at('des-ede3-cfb8'),
  at('des-ede3-cfb8') < at('des-ede3-ecb') && at('des-ede3-ecb') < at('des3'), at('id-aes128-wrap') < at('id-aes128-wrap-pad'));
