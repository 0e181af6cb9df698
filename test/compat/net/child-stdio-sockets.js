// A child process's piped stdio are net.Sockets, as in Node: stdin write-only, stdout/stderr
// readable; they carry the data, end and close like sockets (hadError false). Each stream's events
// are printed at exit (the streams' relative order depends on the child).
'use strict';
const { spawn } = require('child_process');
const net = require('net');

const child = spawn('sh', ['-c', 'cat; echo done >&2']);
const { stdin, stdout, stderr } = child;
console.log('sockets', stdin instanceof net.Socket, stdout instanceof net.Socket, stderr instanceof net.Socket);
console.log('stdin', stdin.readable, stdin.writable, stdin.readyState);
console.log('stdout', stdout.readable, stdout.readyState, stdout.allowHalfOpen, stdout.connecting);
const events = { stdin: [], stdout: [], stderr: [], child: [] };
let out = '';
let err = '';
stdout.setEncoding('utf8');
stdout.on('data', (d) => { out += d; });
stderr.on('data', (d) => { err += d; });
stdout.on('end', () => events.stdout.push(`end ${JSON.stringify(out)}`));
stdout.on('close', (hadError) => events.stdout.push(`close ${hadError}`));
stderr.on('end', () => events.stderr.push(`end ${JSON.stringify(err)}`));
stderr.on('close', (hadError) => events.stderr.push(`close ${hadError}`));
stdin.on('finish', () => events.stdin.push('finish'));
stdin.on('close', (hadError) => events.stdin.push(`close ${hadError}`));
stdin.write('line one\n');
stdin.end(Buffer.from('line two\n'));
child.on('exit', (code) => events.child.push(`exit ${code}`));
child.on('close', (code) => events.child.push(`close ${code}, stdout bytesRead ${stdout.bytesRead}`));
process.on('exit', () => {
  for (const [name, list] of Object.entries(events)) console.log(name, list.join(' | '));
});
