// exec and execFile: callbacks with stdout/stderr, failures with code/killed/signal/cmd, promisify.
const { exec, execFile } = require('child_process');
const util = require('util');

exec('echo out; echo err >&2', (err, stdout, stderr) => {
  console.log('exec ok', err, JSON.stringify(stdout), JSON.stringify(stderr));
  exec('echo partial; echo bad >&2; exit 7', (err2, stdout2, stderr2) => {
    console.log('exec fail', err2 instanceof Error, JSON.stringify(err2.message));
    console.log(Object.keys(err2), err2.code, err2.killed, err2.signal, err2.cmd);
    console.log(JSON.stringify(stdout2), JSON.stringify(stderr2));
    execFile('printf', ['%s-%s', 'a', 'b'], (err3, stdout3) => {
      console.log('execFile', err3, stdout3);
      execFile('printf', ['bytes'], { encoding: 'buffer' }, (err4, stdout4, stderr4) => {
        console.log('buffer', Buffer.isBuffer(stdout4), stdout4, stderr4);
        next();
      });
    });
  });
});

async function next() {
  const execP = util.promisify(exec);
  const { stdout, stderr } = await execP('echo promised');
  console.log('promisified', JSON.stringify(stdout), JSON.stringify(stderr));
  try {
    await execP('echo nope >&2; exit 2');
  } catch (e) {
    console.log('rejected', e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr), e.cmd);
  }
  const execFileP = util.promisify(execFile);
  const r = await execFileP('sh', ['-c', 'echo $1', 'sh', 'arg']);
  console.log('execFile promisified', JSON.stringify(r.stdout));
  execFile('no-such-program-node4j', (err) => {
    console.log('missing', err.code, err.errno, err.syscall, err.path, err.cmd, err.spawnargs);
  });
}
