// Packages in node_modules: main, subpaths, scoped names, "exports" conditions and patterns, and
// the errors for paths a package does not export.
process.chdir?.(__dirname);
const r = (id) => {
  try {
    return require(id);
  } catch (e) {
    return `${e.code}: ${e.message.split(__dirname).join('<dir>')}`;
  }
};
const paths = [__dirname + '/fixtures/node_modules'];
const req = (id) => {
  try {
    return require(require.resolve(id, { paths: [__dirname + '/fixtures'] }));
  } catch (e) {
    return `${e.code}: ${e.message.split(__dirname).join('<dir>')}`;
  }
};
void r; void paths;
for (const id of ['plain', 'plain/lib/other', 'plain/lib/other.js', 'exp', 'exp/feature', 'exp/utils/str',
                  'exp/utils/private/x', 'exp/package.json', 'exp/dist/index.js', 'exp/bad-target',
                  'exp/missing', '@scope/pkg', '@scope/pkg/main.js', 'no-such-package']) {
  console.log(id, '->', typeof req(id) === 'object' ? JSON.stringify(req(id)).slice(0, 60) : req(id));
}
