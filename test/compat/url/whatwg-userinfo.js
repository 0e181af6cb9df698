// Credentials: which characters the userinfo set encodes, several '@' and ':' in the authority.
const show = require('./_cases');
const chars = ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~\u00e9\u{1F600}';
const cases = [];
for (const ch of chars) {
  if ('/?#\\@'.includes(ch)) continue;
  cases.push([`http://a${ch}b:c${ch}d@h/`]);
}
cases.push(['http://a:b:c@h/'], ['http://::@h/'], ['http://a@b:c@h/'], ['http://%40@h/'], ['sc://a:b@h/'], ['sc://a@/'],
  ['http://a:b@h:8080/'], ['http://a:@h/'], ['https://@@h/'], ['http://u:p@[::1]/']);
show(cases);
