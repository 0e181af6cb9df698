'use strict';
// What loading TypeScript that cannot be stripped throws, caught: Node's codes and messages.
for (const file of ['enum', 'param-property', 'namespace', 'multiline-enum', 'invalid']) {
  try {
    require(`./fixtures/${file}.ts`);
    console.log(file, 'loaded');
  } catch (err) {
    console.log(file, err.name, err.code, JSON.stringify(err.message), err instanceof SyntaxError);
  }
}
try {
  require('./fixtures/node_modules/tsdep');
} catch (err) {
  console.log(err.name, err.code, err.message.replace(__dirname, '<dir>'));
}
import('./fixtures/enum.ts').catch((err) => console.log('import', err.name, err.code, err.message));
import('./fixtures/node_modules/tsdep/index.ts').catch((err) =>
  console.log('import', err.code, err.message.replace(__dirname, '<dir>')));
