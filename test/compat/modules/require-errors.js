// MODULE_NOT_FOUND messages and requireStack; invalid arguments to require().
function show(fn) {
  try {
    fn();
  } catch (e) {
    console.log(e.code, '|', e.message.split(__dirname).join('<dir>'), '|',
                e.requireStack && e.requireStack.map((p) => p.split(__dirname).join('<dir>')));
  }
}
show(() => require('./no-such-file'));
show(() => require('/no/such/absolute/file.js'));
show(() => require('no-such-package-at-all'));
show(() => require('./fixtures/'));
show(() => require(''));
show(() => require(42));
show(() => require('node:no-such-builtin'));
show(() => require.resolve('./nope'));
