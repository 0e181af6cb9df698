// RSA-PSS: salt lengths, and verification that reads the salt length back (AUTO).
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const rsa2 = crypto.createPrivateKey(`-----BEGIN RSA PRIVATE KEY-----
MIIEoQIBAAKCAQEAs2MP2M+EJGFq+NMzspzBnwYn7QLirNRc9zzPeQkZBNpDJOIA
xWrS85EoN0DgWAREhLzM1s6osEyk3Xqw8yg/QT90LbW66UMfqk4q56mvl1KJhYV4
a2iLhDLrrsDJG2/BR1DK8R6vX0NfSgwig30TytgMwJpTk54FuW3oyaJi/NgvAxXm
IUW2dfBLerZNX5ZdFB+IbP5L8m0J5cz2XENpJwhv/3s3O/VZ7dZgU7zkySlzehbr
unClRCE7ZQbsipaHlL6NCjhE5DazHWJxU/BdJ8t7QSMB1zPNcAG1jnPMbWYFjc1U
YLAC/dR0JQ8DDB0cHQR6VHghnt+oyt7XU3r4YQIDAQABAoH/Z458uBTdw0eyVjFM
qfo1p2EdJ6yTXtiUixR8x0C9ko708sU0F9ce9ECMQAW+QhFg8GS8Z+71YGnUp90L
kknUIb6X2IQNlePuXPufZ+W/KMkbNvjEPqSZzVzkTgXDJsQz1TcArA3KJyZDEHfN
Ml6sxlwd3grDGto1aycRJO42enlINp1OvjDh65SAs44rPDUR3vl71SPka9rCQP6H
F/wEYumsODAqiy7GYCdW/D1qR84nX/dimqGLhQomrm6s6Y/h/624vdjNourhpfCH
Z7Q72vFjhu/YPAAG0+0O0UJw5vRXKrVoKDrSrYAQ5npawEZChw2dVAASMPuKjg5/
jxJBAoGBAO/9GMeRKNwrWYxdrpylv963a4eONeSaZn7/PMVWquaV0wMRuHTPBWMK
cLs2p/BPZFSBhcuHg8YmEsX3zkZ0uDa/J8l5JfNHmuQCu46xg3aIZkSYLLjtUnhc
ZUGbs+6FKeR7sfTdQ9i+drQZIGXFU/n5DhamAJ/w3HNFi7Zl3IKhAoGBAL9a6gQd
R6EDoL6Z0Am7hbD08B34LDiu+uZ4pPcX/O3ffjOsX2IbDR5iCUryVEZZ0Qb9lrnE
V6ZOAiuj7wGWlmutuGTXFEPKidkK0FoZRnr2lWwlCiT9UfzNPOL9OMilASq1Y5Ql
XcAVZBT9c9vk2n66pA7MqT3MjNf09Y//yF3BAoGAa6FHC7m+aX/HmXwqY3aypl/8
ib7tzKiybyJpTtefrepjyGyaHUj7UX/NLylECDKS/JNaPf14y9UndkG88TxHocX5
QhJjQshKXxgapdRW8UIbG4hkBkvpQLGvd80s1TxDnYUcOoVBeGNzOTJLpVjqYKGh
/+ZTQWf0dn4qOpNUYgECgYBD8xy2aU9ONeOWyze8vQI0XEYH3mCVoE0oGh86PyJp
tbsyzjrws3ptF5MFMhgLA0nemZ40SSx2uay7onL0tWykwAOCi31+tSVOFTD3TZJh
h753sI9xoyLCCn9ce172oOFRMSgzKzGnS/FGItpJc3LDHbO0LajLcR9ycGHiyIl2
AQKBgQDNzu0dayFhEU5R9fl+GPaWRIwUpAo12PXiDcg0MTsrVXWNGN+T7zFzNWze
KvUqN4nEZquo2mjFClexWSA/P04sKwQhvN5mJrY1T5Unk5BLaVqp7+IyrmxugZyA
e07Nt3k8xqrpA2BANA8vgC6Kywd645NZuNAvSaftioDtp2VmbA==
-----END RSA PRIVATE KEY-----
`);
const pub = crypto.createPublicKey(rsa2);
const P = crypto.constants.RSA_PKCS1_PSS_PADDING;
for (const saltLength of [undefined, 0, 16, 32, crypto.constants.RSA_PSS_SALTLEN_DIGEST, crypto.constants.RSA_PSS_SALTLEN_MAX_SIGN]) {
  const sig = crypto.sign('sha256', ascii('data'), { key: rsa2, padding: P, saltLength });
  console.log(saltLength, sig.length,
    crypto.verify('sha256', ascii('data'), { key: pub, padding: P }, sig),
    crypto.verify('sha256', ascii('data'), { key: pub, padding: P, saltLength: saltLength ?? -2 }, sig),
    crypto.verify('sha256', ascii('data'), { key: pub }, sig));
}
const zero = crypto.sign('sha512', ascii('data'), { key: rsa2, padding: P, saltLength: 0 });
console.log('salt 0 deterministic:', hex(zero) === hex(crypto.sign('sha512', ascii('data'), { key: rsa2, padding: P, saltLength: 0 })));
console.log(hex(zero).slice(0, 48));
