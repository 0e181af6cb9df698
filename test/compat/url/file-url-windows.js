// fileURLToPath with { windows: true } and without, over drive, UNC and odd paths; its errors.
const { fileURLToPath } = require('url');
for (const input of ['file:///C:/a/b', 'file:///c:/', 'file:///C:', 'file:///C|/x', 'file://server/share/x', 'file://localhost/C:/x',
  'file:///C:/a%20b/%E2%82%AC', 'file:///C:/a%25b', 'file:///C:/a/', 'file:///D:/a?q#h', 'file://h/%C3%A9', 'file:///a/b',
  'file:///1:/x', 'file:///C:/a%2Fb', 'file:///C:/a%5cb', 'file://xn--mnchen-3ya.de/x']) {
  const shown = [];
  for (const windows of [true, false, undefined]) {
    try {
      shown.push(fileURLToPath(input, { windows }));
    } catch (err) {
      shown.push(err.code);
    }
  }
  console.log(input, shown.join(' | '));
}
for (const bad of [5, null, {}, new URL('http://h/'), 'http://h/', 'not a url']) {
  try { fileURLToPath(bad); } catch (err) { console.log(err.code, err.message); }
}
