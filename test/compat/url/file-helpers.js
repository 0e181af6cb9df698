// fileURLToPath/pathToFileURL (posix and windows), urlToHttpOptions, domainToASCII/Unicode, url.format(URL).
const url = require('url');
for (const p of ['/a b/c%d', '/a#b?c', '/tmp/x\ny\tz\r', '/a\\b', '/é/€/😀', '/trail/', '/a//b/../c', '/%2f', '/~!@$&\'()*+,;=:[]{}|^`"<>']) {
  console.log([p], url.pathToFileURL(p).href);
}
for (const p of ['C:\\a b\\c#d', 'C:/x', '\\\\server\\share\\f', '\\\\server\\share', 'c:\\%', '\\\\münchen\\x\\y', 'C:\\trail\\']) {
  console.log(JSON.stringify(p), url.pathToFileURL(p, { windows: true }).href);
}
for (const u of ['file://localhost/x', 'file:///C:/a/b', 'file:///C:', new URL('file:///q%3F%23')]) {
  console.log(url.fileURLToPath(u)); try { console.log(url.fileURLToPath(u, { windows: true })); } catch (e) { console.log(e.code); }
}
console.log(url.fileURLToPath('file://srv/share/x', { windows: true }), url.fileURLToPath('file://xn--mnchen-3ya/x', { windows: true }));
try { url.fileURLToPath('file:///a%2Fb') } catch (e) { console.log(e.input) }
try { url.fileURLToPath('file:///a', { windows: true }) } catch (e) { console.log(e.input) }
console.log(url.urlToHttpOptions(new URL('https://us%20er:p%40ss@[::1]:8080/p/a?q=1#h')));
console.log(url.urlToHttpOptions(new URL('http://x/')));
const u = new URL('http://y/'); u.extra = 1;
console.log(url.urlToHttpOptions(u));
console.log(url.urlToHttpOptions({ protocol: 'a', hostname: 'b', port: '', pathname: undefined }));
console.log(url.domainToASCII('español.com'), url.domainToASCII('xn--iñvalid.com'), url.domainToASCII(''), url.domainToASCII('EXAMPLE.com'), url.domainToASCII('1.2.3'), url.domainToASCII('a b'), url.domainToASCII('[::1]'), url.domainToASCII('x:80'), url.domainToASCII('a/b'), url.domainToASCII(5));
console.log(url.domainToUnicode('xn--espaol-zwa.com'), url.domainToUnicode('xn--iñvalid.com'), url.domainToUnicode('EXAMPLE.com'), url.domainToUnicode('xn--a'), url.domainToUnicode('0x7f.1'), url.domainToUnicode(''));
const w = new URL('https://user:pw@xn--mnchen-3ya.de:8080/p?q#f');
console.log(url.format(w), url.format(w, { unicode: true, auth: false, search: false, fragment: false }), url.format(w, {}), url.format(w, { unicode: 1, fragment: 0 }));
try { url.format(w, 5) } catch (e) { console.log(e.code, e.message) }
try { url.format(w, null) } catch (e) { console.log(e.code, e.message) }
