'use strict';
// cp and promises.cp: argument validation and every ERR_FS_CP_* error.
const fs = require('fs');
const { p, attemptAsync } = require('./_tmp');
(async () => {
fs.mkdirSync(p('dir/sub'), { recursive: true });
fs.writeFileSync(p('dir/a.txt'), 'a');
fs.writeFileSync(p('file'), 'f');
fs.symlinkSync(p('dir'), p('linkdir'));
fs.symlinkSync(p('dir/sub'), p('dir/subl'));

await attemptAsync('no src', () => fs.promises.cp());
await attemptAsync('num src', () => fs.promises.cp(1, p('x')));
await attemptAsync('num dest', () => fs.promises.cp(p('file'), 2));
await attemptAsync('opts str', () => fs.promises.cp(p('file'), p('x'), 'str'));
await attemptAsync('opts bad bool', () => fs.promises.cp(p('file'), p('x'), { recursive: 1 }));
await attemptAsync('opts bad force', () => fs.promises.cp(p('file'), p('x'), { force: 'yes' }));
await attemptAsync('opts bad filter', () => fs.promises.cp(p('file'), p('x'), { filter: 3 }));
await attemptAsync('opts bad mode', () => fs.promises.cp(p('file'), p('x'), { mode: 99 }));
await attemptAsync('opts pair', () => fs.promises.cp(p('file'), p('x'), { dereference: true, verbatimSymlinks: true }));
await attemptAsync('missing src', () => fs.promises.cp(p('nope'), p('x')));
await attemptAsync('same', () => fs.promises.cp(p('file'), p('file')));
await attemptAsync('dir no recursive', () => fs.promises.cp(p('dir'), p('out1')));
await attemptAsync('into self', () => fs.promises.cp(p('dir'), p('dir/sub/inner'), { recursive: true }));
await attemptAsync('dir to file', () => fs.promises.cp(p('dir'), p('file'), { recursive: true }));
fs.mkdirSync(p('adir'));
await attemptAsync('file to dir', () => fs.promises.cp(p('file'), p('adir')));
fs.writeFileSync(p('exists'), 'old');
await attemptAsync('errorOnExist', () => fs.promises.cp(p('file'), p('exists'), { force: false, errorOnExist: true }));
await attemptAsync('no force keeps', () => fs.promises.cp(p('file'), p('exists'), { force: false }));
console.log(fs.readFileSync(p('exists'), 'utf8'));
await attemptAsync('filter promise', () => fs.promises.cp(p('file'), p('y'), { filter: async () => true }));
await attemptAsync('filter false', () => fs.promises.cp(p('file'), p('z'), { filter: () => false }));
console.log('z exists', fs.existsSync(p('z')));
await attemptAsync('excl mode', () => fs.promises.cp(p('file'), p('exists'), { mode: fs.constants.COPYFILE_EXCL }));
// copying a directory over a symlink that points into the source
fs.cpSync(p('dir'), p('copy'), { recursive: true });
await attemptAsync('copy again', () => fs.promises.cp(p('dir'), p('copy'), { recursive: true }));
await attemptAsync('link to subdir', () => fs.promises.cp(p('dir/sub'), p('dir/subl'), { recursive: true }));
await attemptAsync('same via link', () => fs.promises.cp(p('linkdir'), p('dir'), { recursive: true }));
await attemptAsync('same via link deref', () => fs.promises.cp(p('linkdir'), p('dir'), { recursive: true, dereference: true }));
})();
