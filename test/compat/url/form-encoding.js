// application/x-www-form-urlencoded: every ASCII and some non-ASCII characters through
// URLSearchParams serialization and back, and percent-decoding oddities.
const out = [];
for (let c = 0; c < 128; c++) {
  const p = new URLSearchParams();
  p.append(String.fromCharCode(c), String.fromCharCode(c));
  out.push(p.toString());
}
console.log(out.join(' '));
for (const s of ['é', '€', '\u{1F600}', '\ud800', '\udfff', 'a\u0000b', '\u00ff\u0100']) {
  const p = new URLSearchParams({ k: s });
  console.log(JSON.stringify(s), p.toString(), JSON.stringify(new URLSearchParams(p.toString()).get('k')));
}
for (const raw of ['%', '%4', '%41%4', '%C3%A9', '%C3', '%C3%28', '%E2%82', '%F0%9F%98', '%ED%A0%80', '%C0%AF', '%FF', '+%2B+', '%00']) {
  console.log(raw, JSON.stringify(new URLSearchParams(`k=${raw}`).get('k')));
}
