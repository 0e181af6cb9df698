const v8 = require('v8');
for (const s of ['', 'a', 'ab', 'é', 'ÿ', 'aĀ', 'Ā', 'ĀĀ', '😀', '\0', 'x'.repeat(127), 'x'.repeat(128), 'Ā'.repeat(70), 'mixed é and Ω']) {
  console.log(JSON.stringify(s).slice(0, 20), v8.serialize(s).toString('hex').slice(0, 80));
}
console.log(v8.serialize(['a', 'Ā', 'ab', 'ĀĀ']).toString('hex'));
console.log(v8.serialize({ k: 'Ω', kk: 'Ω' }).toString('hex'));
