// readline.createInterface: the options and positional forms, argument checks, prompt/setPrompt/
// getPrompt, prompt() writing to the output, rl.write feeding lines, the Interface class.
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough, Writable } = require('stream');

const out = [];
const output = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
const input = new PassThrough();
const rl = readline.createInterface(input, output, undefined, false);
console.log(rl instanceof readline.Interface, rl instanceof require('events'), rl.terminal);
console.log(JSON.stringify(rl.getPrompt()));
rl.setPrompt('>>> ');
console.log(JSON.stringify(rl.getPrompt()));
rl.prompt();
rl.prompt(true);
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.write('typed\n');
rl.write('two\nthree');

rl.write('\n');
console.log('output', JSON.stringify(out.join('')));
const rlOpts = readline.createInterface({ input: new PassThrough(), prompt: '$ ', crlfDelay: 50, terminal: false });
console.log(JSON.stringify(rlOpts.getPrompt()), rlOpts.crlfDelay, rlOpts.terminal, rlOpts.historySize);
const rlBig = readline.createInterface({ input: new PassThrough(), crlfDelay: 5000 });
console.log(rlBig.crlfDelay);
const rlInf = readline.createInterface({ input: new PassThrough(), crlfDelay: Infinity });
console.log(rlInf.crlfDelay);
for (const opts of [{ input: new PassThrough(), completer: 'x' }, { input: new PassThrough(), historySize: -1 },
  { input: new PassThrough(), historySize: 'a' }, { input: new PassThrough(), history: 'x' },
  { input: new PassThrough(), signal: 'x' }, { input: new PassThrough(), tabSize: 0 },
  { input: new PassThrough(), removeHistoryDuplicates: 1 }]) {
  try {
    readline.createInterface(opts).close();
    console.log('no error');
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
const ac = new AbortController();
const rlSig = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
rlSig.on('close', () => console.log('closed by signal'));
ac.abort();
const rlPre = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
rlPre.on('close', () => console.log('closed by pre-aborted signal'));
console.log('pre-aborted closed sync?', rlPre.closed);
console.log(typeof rlp.Interface, rlp.Interface === readline.Interface, rlp.createInterface({ input: new PassThrough() }) instanceof readline.Interface);
console.log(readline.promises === rlp, Object.keys(readline).sort().join(), Object.keys(rlp).sort().join());
for (const r of [rl, rlOpts, rlBig, rlInf]) r.close();
