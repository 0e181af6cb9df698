// process.loadEnvFile: a .env file's variables join process.env without replacing those already set;
// the default is ./.env; paths may be strings, Buffers or file: URLs; bad paths and missing files
// fail as Node's do.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loadenv-'));
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path === undefined ? '-' : path.basename(e.path),
  e.message.replaceAll(dir, '<dir>'));
fs.writeFileSync(path.join(dir, 'vars.env'), [
  'N4J_A=1', '# a comment', 'N4J_B="two words"', "export N4J_C='3'", 'N4J_KEEP=from-file',
  'N4J_MULTI="line1\\nline2"', 'N4J_EMPTY=', '  N4J_SPACED  =  padded  ', 'not a pair', '',
].join('\n'));
fs.writeFileSync(path.join(dir, '.env'), 'N4J_DEFAULT=yes\n');
process.env.N4J_KEEP = 'already set';

console.log(process.loadEnvFile.length, process.loadEnvFile(path.join(dir, 'vars.env')));
for (const k of ['N4J_A', 'N4J_B', 'N4J_C', 'N4J_KEEP', 'N4J_MULTI', 'N4J_EMPTY', 'N4J_SPACED']) {
  console.log(k, JSON.stringify(process.env[k]));
}
process.loadEnvFile(pathToFileURL(path.join(dir, 'vars.env')));
process.loadEnvFile(Buffer.from(path.join(dir, 'vars.env')));

const cwd = process.cwd();
process.chdir(dir);
process.loadEnvFile();
console.log('default file:', process.env.N4J_DEFAULT);
fs.unlinkSync('.env');
for (const arg of [undefined, null]) {
  try { process.loadEnvFile(arg); } catch (e) { show(e); }
}
process.chdir(cwd);

for (const bad of [123, {}, true, ['x']]) {
  try { process.loadEnvFile(bad); } catch (e) { show(e); }
}
try { process.loadEnvFile(path.join(dir, 'missing.env')); } catch (e) { show(e); }
try { process.loadEnvFile(dir); } catch (e) { show(e); }
fs.rmSync(dir, { recursive: true });
