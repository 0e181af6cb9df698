// Key fixtures for the webcrypto scripts, generated once with the oracle's crypto.generateKeyPairSync.
module.exports = {
  "rsa": {
    "kty": "RSA",
    "n": "1DMI-jqBvrRALiJmf2LDLw_p3-zMwpCnVwHYqz7rLlPM9_D25547tZvQVI1LO-nz-0fZ4p0-esSMXM19v4D6apuXDjmWxcp9KdFQQF47VAePeppSZFX4rUfVwDXDwIExugXNX1n7XmSg_KFq7V3jWT9mOmuorYQ2eHW95CEbzL8",
    "e": "AQAB",
    "d": "F9f0NknEsm0GmSh8Y-vxCqS7HtI439PpObmXYwaa3oXEDkghNj1tcCal7hpCTeUn6SBVt0T79EeJjhP5AT-443VefSi9wHJKnfi9KHfCSGqcLNqDfaOQlhXghw5AK1KZuGewdy9kvBlgqCE978qrb-k2R3EANwTSVUHpf9YYiGE",
    "p": "635EsMcX56E-2swNVaum73_FbseJkJY9x6evsn4K4SPKRBjSfp6od21ozjccAwPBqKNL57xQC4jCymyhEpJZSw",
    "q": "5q188SPnu0LPLKOVc9DjBCfsANcwvWGLOd3MI-hZVebljoC4zZk3l2DbX0xBaYA_9jdMQ2nuVJ3I_UOS42rF3Q",
    "dp": "EILa6BYde_UXRhn2eWI-ox4vRpQg9g1CqaP9MqOZua1buiiPYadYIn9-UK8WfLOfuWYxpT7T0es11SGGrZmrPw",
    "dq": "2TfK7IPkBclOr3lHFa1A6LvzF4OLqPm-kfoS7kkwPpzT05HQ9AHwgEK7sIxtGDylfmPqE50fyVxfVGYaXr4_nQ",
    "qi": "qAqAApT_wTitS06FNDgQmEaAMTL1lz-Rp1r7th-z_2tgKt4N0UgnJyNNgKCIqo0SoDC_eNtEC-p13nvFfRXCvA"
  },
  "ec": {
    "kty": "EC",
    "x": "Nye-nFnh2s8dVi7lTTFbQozatvHJZfYJ4Tp4EAd6Ayk",
    "y": "cLJRiyv7hUCNRgzi-2DSJQ9wReB9URVpyDz1PtIFPNc",
    "crv": "P-256",
    "d": "RZM-tpzDAHDbCL9Ig5iCQ_R1EIwxOFBGd9Il5aSREF4"
  }
};
