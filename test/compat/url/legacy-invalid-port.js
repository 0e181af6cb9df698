// url.parse accepts a port that is not a number with DEP0170 (once), and rejects what IDNA cannot take.
// compat: stderr
const url = require('url');
for (const i of ['http://a%b/', 'http://[a%b]/', 'http://x.com:abc/', 'http://[::1]:abc/', 'http://a:b:c/', 'http://a b:8/', 'http://x:8a/', 'http://\u00ad/', 'http://x:80:80/']) { try { console.log(url.parse(i).href); } catch (e) { console.log(e.code); } }
