'use strict';
// url.fileURLToPathBuffer: the path's bytes as percent-decoding gives them (names that are not UTF-8
// survive), POSIX and Windows forms, and the errors it shares with fileURLToPath. Also: both take any
// object shaped like a URL (href and protocol, no legacy auth/path), as Node checks shape, not class.
const url = require('url');
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.constructor.name, e.code, JSON.stringify(e.message));
  }
};
console.log(Object.keys(url));
console.log(url.fileURLToPathBuffer.length, url.fileURLToPathBuffer.name);
t('utf-8 and raw bytes', () => url.fileURLToPathBuffer('file:///a%FF%20b/%C3%A9'));
t('URL object', () => url.fileURLToPathBuffer(new URL('file:///tmp/x')));
t('not file', () => url.fileURLToPathBuffer('http://x/'));
t('host', () => url.fileURLToPathBuffer('file://host/x'));
t('localhost', () => url.fileURLToPathBuffer('file://localhost/a'));
t('encoded slash', () => url.fileURLToPathBuffer('file:///a%2fb'));
t('encoded slash upper', () => url.fileURLToPathBuffer('file:///a%2Fb'));
t('encoded backslash', () => url.fileURLToPathBuffer('file:///a%5cb'));
t('number', () => url.fileURLToPathBuffer(5));
t('missing', () => url.fileURLToPathBuffer());
t('not a URL', () => url.fileURLToPathBuffer('nope'));
t('stray percent', () => url.fileURLToPathBuffer('file:///a%'));
t('bad escape', () => url.fileURLToPathBuffer('file:///a%zz'));
t('emoji', () => url.fileURLToPathBuffer('file:///%F0%9F%98%80'));
t('nul', () => url.fileURLToPathBuffer('file:///%E4%BD%A0%00'));
t('dot segments', () => url.fileURLToPathBuffer('file:///a b/%2e'));
t('upper-case scheme', () => url.fileURLToPathBuffer('FILE:///x'));
t('options number', () => url.fileURLToPathBuffer('file:///x', 5));
t('options null', () => url.fileURLToPathBuffer('file:///x', null));
t('windows drive', () => url.fileURLToPathBuffer('file:///C:/x', { windows: true }));
t('windows no drive', () => url.fileURLToPathBuffer('file:///x', { windows: true }));
t('windows truthy', () => url.fileURLToPathBuffer('file:///x', { windows: 'yes' }));
t('windows UNC', () => url.fileURLToPathBuffer('file://srv/share/%FF', { windows: true }));
t('windows IDNA host', () => url.fileURLToPathBuffer('file://xn--fsq.com/a', { windows: true }));
t('windows encoded slash', () => url.fileURLToPathBuffer('file:///C:/a%2fb', { windows: true }));
t('windows encoded backslash', () => url.fileURLToPathBuffer('file:///C:/a%5Cb', { windows: true }));
t('windows raw byte', () => url.fileURLToPathBuffer('file:///C:/a%FFb', { windows: true }));
const like = { href: 'file:///x%41', protocol: 'file:', pathname: '/x%41', hostname: '' };
t('URL-shaped object', () => url.fileURLToPathBuffer(like));
t('URL-shaped object (fileURLToPath)', () => url.fileURLToPath(like));
t('legacy Url-shaped object', () => url.fileURLToPath({ href: 'file:///x', protocol: 'file:', auth: null, path: '/x' }));
t('object without href', () => url.fileURLToPath({ protocol: 'file:', pathname: '/x' }));
t('decoded string', () => url.fileURLToPath('file:///caf%C3%A9/a%20b'));
