// sign/verify with the digests node4j implements itself: RSA PKCS#1 v1.5 (deterministic), RSA-PSS,
// ECDSA, and OpenSSL's refusal of BLAKE2 for RSA. Signatures below were made by the oracle.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const keys = require('./_keys');
const ec = crypto.createPrivateKey({ key: keys.ec, format: 'jwk' });
const ecPub = crypto.createPublicKey(ec);
const rsa = crypto.createPrivateKey(fs.readFileSync(path.join(__dirname, 'fixtures', 'rsa1024.pem')));
const rsaPub = crypto.createPublicKey(rsa);
const data = Buffer.from('node4j');
const oracle = {
  "ripemd160": {
    "ec": "MEUCIFh4YKW8kpkYlUKscdskUTShr5N3Zdpcy++gI6MiMltGAiEA8IfY/eryWmgshtWn47wnw3rmWf9cmx+0Y1Qv1fvga1k=",
    "p1363": "FHCEYhc22M5yFSU1/uNM0jTOYmFv63W2mnAXDkUbAlnhOcTgYU+uLUoPhMwu7Gy3ClqL0nTi58WWE6/kah4U5Q==",
    "pss": "hKra4tiDaF2QGHzRD/WH1m6Vd203ZAGp2aIqgdKrhDguUi+n/bHzGEBMWpIYncrm3q7iuO55YNUyq3zl88waXq1RUOTfKv+r/ynIQr/5mdXSKimmCR13Iy+pqEBGtcWaOY/GK/hpGeW5mO15IF70ih5w+n9llZJ+3rfhA07pMD8="
  },
  "sm3": {
    "ec": "MEUCICjHLBfM//t6NLobYjFvnIcjrVj98Q9aNB4eSiEV8JKyAiEAu7iTEETwPKOi5/NthyiiinxXDqxvYEQbu7c8Jblc7QY=",
    "p1363": "acgYwJc1ziLIyo8PfvWF0s8IzwvUGsaPPma9ln5FnGiz2s4C2Tvn8y+1cHTcZkOAqE06rKqFnA7cMgZZHn69SQ==",
    "pss": "RgS1bianLZh/oHprc7ftjbMySFAyBF/r66j/g47LTMzF0RJzGI+cQVFidLx6KkxwXQw265e2MZBQH8VS68UypHRLCHwHWIErqZP0Os2uw9DQoviVYWzoT6k++yr0a3CR5AnuJMxqWNWSuGwJTGV9UlMhTcdMEw1McnzfrwGvBAQ="
  },
  "blake2b512": {
    "ec": "MEUCIBvq2gD0hJDlrsWEj7/8Bkw+s+9VOK/qiTBXgFiycwN0AiEAqQTHJ6WlS66qUwJIhh+X4xrx1X4bz0NanY+lHnI9aMA=",
    "p1363": "jC4Fc67WI8BsvBVvD8lTHqqVuDCqowjMqozXXrqQ90WjgIn1yZnQ/XX5lg+bi5Y0cDix/e817zwn6O+cGUAR5Q=="
  },
  "blake2s256": {
    "ec": "MEQCIEorg/bdtD30cd4pdRB0AqJbMW6DcSzjG1TDsSwI2nI4AiAnPAzOuOD+LKtqhjOQt57hw0hEYG3izlBsz2OXupMS9Q==",
    "p1363": "YxWHorQOkLEsbSRYUEzMXC8eP11wzDSDp0y/hEnAgoM0/h4AjhLLUi//ZVAbtNukjF/aD2yEVI9FE77G7Bh3Qw=="
  },
  "md5-sha1": {
    "ec": "MEUCIF0fd+hvAsEzBXAD8YVhXB1IBqusqKd5gq7I8ZrZoCLvAiEA/PlztzGofpMvUbJUPSuOX7oR5kMRfD69FcU9sD2CVXk=",
    "p1363": "dOXPOKRuyzuJkgwY987qsn2cx2+1x/iIu1TCCXRb8a2HbGbFJ5aAEoo0w6rTwH/F259OBD6b9aRZyHPNYAEDgQ==",
    "pss": "u2AvpxOjmIHka6UTyERrgosNVyAV0ZYEk0Cm1nzuhM6hISZeTY+tEbbtPepeNHwNIjVCD1gh/2V+Ph3hUiGKz9wT55MqMZFFkFhbbRcNR3zV3v1qa6tL6a2s9SmmpBuu1FGKiKGB1QBg0WEXMMBlrlGhaGc2objrTlovPBApPns="
  }
};
for (const algo of ['ripemd160', 'RSA-RIPEMD160', 'ripemd160WithRSA', 'rmd160', 'sm3', 'RSA-SM3', 'md5-sha1']) {
  const sig = crypto.sign(algo, data, rsa);
  console.log(algo, 'pkcs1', sig.toString('base64'));
  console.log(' verify', crypto.verify(algo, data, rsaPub, sig), crypto.verify(algo, Buffer.from('other'), rsaPub, sig));
  const s = crypto.createSign(algo).update('node').update('4j').sign(rsa, 'hex');
  console.log(' class', s === sig.toString('hex'), crypto.createVerify(algo).update(data).verify(rsaPub, s, 'hex'));
  const pss = crypto.sign(algo, data, { key: rsa, padding: crypto.constants.RSA_PKCS1_PSS_PADDING });
  console.log(' pss verify', crypto.verify(algo, data, { key: rsaPub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING }, pss),
    crypto.verify(algo, data, rsaPub, pss));
}
for (const [algo, s] of Object.entries(oracle)) {
  console.log(algo, 'oracle ecdsa', crypto.verify(algo, data, ecPub, Buffer.from(s.ec, 'base64')),
    crypto.verify(algo, data, { key: ecPub, dsaEncoding: 'ieee-p1363' }, Buffer.from(s.p1363, 'base64')),
    crypto.verify(algo, Buffer.from('x'), ecPub, Buffer.from(s.ec, 'base64')));
  const mine = crypto.sign(algo, data, ec);
  console.log(' own ecdsa', crypto.verify(algo, data, ecPub, mine));
  if (s.pss) {
    const sig = Buffer.from(s.pss, 'base64');
    for (const saltLength of [7, 8, undefined, crypto.constants.RSA_PSS_SALTLEN_AUTO]) {
      console.log(' oracle pss salt', saltLength,
        crypto.verify(algo, data, { key: rsaPub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength }, sig));
    }
  }
}
for (const algo of ['blake2b512', 'blake2s256']) {
  for (const key of [rsa, { key: rsa, padding: crypto.constants.RSA_PKCS1_PSS_PADDING }]) {
    try { crypto.sign(algo, data, key); } catch (e) { console.log(algo, 'sign', e.code, e.message, e.library, e.reason); }
  }
  try { crypto.verify(algo, data, rsaPub, Buffer.alloc(128)); } catch (e) { console.log(algo, 'verify', e.code, e.message); }
  try { crypto.createSign(algo).update(data).sign(rsa); } catch (e) { console.log(algo, 'Sign', e.code, e.message); }
  console.log(algo, 'Verify', crypto.createVerify(algo).update(data).verify(rsaPub, Buffer.alloc(128)));
}
