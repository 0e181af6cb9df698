'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
for (const v of [1, null, undefined, true, {}, [], () => {}, Symbol('s'), 1n]) {
  attempt('stat ' + typeof v, () => fs.statSync(v));
}
attempt('nul string', () => fs.statSync('a\u0000b'));
attempt('nul buffer', () => fs.statSync(Buffer.from('a\u0000b')));
attempt('buffer ok', () => fs.existsSync(Buffer.from(dir)));
attempt('url ok', () => fs.statSync(new URL('file://' + dir)).isDirectory());
attempt('url http', () => fs.statSync(new URL('http://example.com/x')));
attempt('url host', () => fs.statSync(new URL('file://host/x')));
attempt('url encoded slash', () => fs.statSync(new URL('file:///a%2fb')));
attempt('url encoded slash upper', () => fs.statSync(new URL('file:///a%2Fb')));
attempt('url space', () => fs.existsSync(new URL('file:///no%20such')));
