// URLSearchParams.sort: stable, by UTF-16 code units (surrogates sort before U+E000..U+FFFF).
const p = new URLSearchParams();
const names = ['b', 'a', 'B', 'A', '\uffff', '\u{1F600}', '\ue000', 'a', '', 'aa', 'a\u0000', '\u00e9', 'e\u0301', 'b'];
names.forEach((name, i) => p.append(name, String(i)));
p.sort();
console.log([...p].map(([k, v]) => `${JSON.stringify(k)}=${v}`).join(' '));
const big = new URLSearchParams();
for (let i = 0; i < 200; i++) big.append(String.fromCharCode(97 + (i * 7) % 5), String(i));
big.sort();
console.log(big.toString());
const empty = new URLSearchParams();
empty.sort();
console.log(empty.toString(), empty.size);
