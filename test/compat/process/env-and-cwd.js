// process.env values are strings; process.cwd and chdir.
process.env.NODE4J_TEST_VAR = 42;
console.log(typeof process.env.NODE4J_TEST_VAR, process.env.NODE4J_TEST_VAR);
delete process.env.NODE4J_TEST_VAR;
console.log(process.env.NODE4J_TEST_VAR, 'NODE4J_TEST_VAR' in process.env);
const start = process.cwd();
process.chdir('process');
console.log(process.cwd() === start + '/process');
process.chdir('..');
console.log(process.cwd() === start);
try {
  process.chdir('no-such-dir');
} catch (e) {
  console.log(e.code, e.syscall, e.errno, e.message.replace(start, '<start>'));
}
