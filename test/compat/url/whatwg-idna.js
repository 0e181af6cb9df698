// Domain to ASCII: mapping, case folding, deviation characters (nontransitional), bidi, joiners.
const show = require('./_cases');
const hosts = ['BÜCHER.de', 'ＡＢＣ.com', 'ß.de', 'ς.gr', '\u200c.com', 'a\u200cb.com', 'a\u094d\u200cb.com', '\u0661\u0662.com',
  'a\u0661.com', '\u05d0\u05d1.com', '\u05d0a.com', 'xn--nxasmq6b.com', 'xn--zca.com', 'Xn--ZCA.com', 'xn--ZCA.com', 'ﬀ.com',
  '①.com', 'ℌ.com', '\u2024.com', 'a\u2060b.com', '\u00a0.com', 'a\ufe0fb.com', '\u3002', 'x\uff0ey', '\u{1F4A9}.com',
  'xn--ls8h.com', '\u0000.com', 'a..b', '.', '..', 'a.b.', '\u00df\u00df', '\u0130.com', 'İstanbul.tr', 'ǅ.com',
  'ab\u0301c.com', '\u0301.com', 'xn--a-ecp.com', 'xn--1ch.com', 'a-b.c-d', '-a.com', 'a-.com', 'ab--cd.com', 'r3---sn.com',
  '\u0644\u0627.com', 'ÿ.com', '\ufffd.com', '\u{E0001}.com', 'www.\u0431\u0435\u0440.рф', 'موقع.وزارة-الاتصالات.مصر'];
show(hosts.map((h) => [`http://${h}/`]));
