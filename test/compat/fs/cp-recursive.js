'use strict';
// cp, cpSync and promises.cp copying trees: recursive, filter, force, preserveTimestamps, symlinks.
const fs = require('fs');
const { p, clean, showError } = require('./_tmp');
fs.mkdirSync(p('src/a/b'), { recursive: true });
fs.writeFileSync(p('src/top.txt'), 'top');
fs.writeFileSync(p('src/a/mid.log'), 'mid');
fs.writeFileSync(p('src/a/b/deep.txt'), 'deep');
fs.chmodSync(p('src/a/mid.log'), 0o600);
fs.symlinkSync('top.txt', p('src/rel-link'));
fs.utimesSync(p('src/top.txt'), 1000000, 2000000);

function tree(root) {
  const out = [];
  for (const name of fs.readdirSync(root, { recursive: true }).sort()) {
    const full = `${root}/${name}`;
    const st = fs.lstatSync(full);
    let kind = st.isDirectory() ? 'dir' : st.isSymbolicLink() ? `link->${clean(fs.readlinkSync(full))}` :
      `file(${fs.readFileSync(full, 'utf8')}) ${(st.mode & 0o777).toString(8)}`;
    out.push(`${name} ${kind}`);
  }
  return out.join('\n');
}

fs.cpSync(p('src'), p('s1'), { recursive: true });
console.log('sync\n' + tree(p('s1')));
console.log('mtime kept?', fs.statSync(p('s1/top.txt')).mtimeMs === 2000000000);
fs.cpSync(p('src'), p('s2'), { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
console.log('preserve', fs.statSync(p('s2/top.txt')).mtimeMs, fs.readlinkSync(p('s2/rel-link')));
const seen = [];
fs.cpSync(p('src'), p('s3'), {
  recursive: true,
  filter(src, dest) { seen.push(clean(src) + ' ' + clean(dest)); return !src.endsWith('.log'); },
});
console.log(seen.sort().join('\n'));
console.log('filtered\n' + tree(p('s3')));
fs.cpSync(p('src'), p('s4'), { recursive: true, dereference: true });
console.log('deref\n' + tree(p('s4')));
// force: false leaves an existing file alone; force: true replaces it.
fs.writeFileSync(p('s4/top.txt'), 'changed');
fs.cpSync(p('src'), p('s4'), { recursive: true, force: false });
console.log(fs.readFileSync(p('s4/top.txt'), 'utf8'));
fs.cpSync(p('src'), p('s4'), { recursive: true });
console.log(fs.readFileSync(p('s4/top.txt'), 'utf8'));
try {
  fs.cpSync(p('src'), p('s4'), { recursive: true, force: false, errorOnExist: true });
} catch (err) {
  showError('errorOnExist', err);
}
// A single file into a directory that does not exist yet.
fs.cpSync(p('src/top.txt'), p('new/deeper/copy.txt'));
console.log(fs.readFileSync(p('new/deeper/copy.txt'), 'utf8'));

fs.cp(p('src'), p('c1'), { recursive: true }, (err) => {
  console.log('cb', err, '\n' + tree(p('c1')));
  fs.cp(p('src/top.txt'), p('c2.txt'), (err2) => {
    console.log('cb file', err2, fs.readFileSync(p('c2.txt'), 'utf8'));
    const seenAsync = [];
    fs.promises.cp(p('src'), p('c3'), {
      recursive: true,
      async filter(src) { seenAsync.push(clean(src)); return !src.includes('/b'); },
    }).then((r) => {
      console.log('promise', r, seenAsync.sort().join(','));
      console.log(tree(p('c3')));
      return fs.promises.cp(p('src'), p('c4'), { recursive: true, preserveTimestamps: true });
    }).then(() => {
      console.log('promise preserve', fs.statSync(p('c4/top.txt')).mtimeMs);
      return fs.promises.cp(p('src'), p('c4'), { recursive: true, force: false, errorOnExist: true });
    }).catch((err3) => showError('promise errorOnExist', err3));
  });
});
