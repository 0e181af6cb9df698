// compat: tty env=TERM=xterm-256color
'use strict';
// On a terminal, process.stdout/stderr are tty.WriteStreams and process.stdin a tty.ReadStream, with
// Node's properties; a tty.WriteStream of one's own writes to the same terminal.
const tty = require('node:tty');
const fs = require('node:fs');
const line = (text) => fs.writeSync(1, `${text}\n`);

line(`isatty ${tty.isatty(0)} ${tty.isatty(1)} ${tty.isatty(2)}`);
const winch = [process.listenerCount('SIGWINCH')];
const { stdout, stderr, stdin } = process;
winch.push(process.listenerCount('SIGWINCH'));
line(`SIGWINCH listeners ${winch.join(' ')}`);
for (const [name, s] of [['stdout', stdout], ['stderr', stderr]]) {
  line(`${name} ${s instanceof tty.WriteStream} ${s.constructor.name} ${s.isTTY} ${s._type} ${s.fd} ${s._isStdio}` +
       ` ${s.columns} ${s.rows} ${JSON.stringify(s.getWindowSize())} ${s.getColorDepth()} ${s.hasColors()}` +
       ` ${s.hasColors(256)} ${s.hasColors(2 ** 24)} ${s.writable} ${s.writableHighWaterMark}`);
}
line(`stdin ${stdin instanceof tty.ReadStream} ${stdin.constructor.name} ${stdin.isTTY} ${stdin.isRaw} ${stdin.fd}` +
     ` ${stdin.readableHighWaterMark} ${stdin.readableFlowing} ${typeof stdin.setRawMode}`);
line(`color depth with env: ${stdout.getColorDepth({})} ${stdout.getColorDepth({ COLORTERM: 'truecolor' })}`);

const own = new tty.WriteStream(1);
line(`own ${own.fd} ${own._type} ${own.isTTY} ${own.columns} ${own.rows} ${Object.getPrototypeOf(tty.WriteStream.prototype).constructor.name}`);
own.write('written by an own WriteStream\n', () => line('write callback'));
own.write(Buffer.from('a Buffer too\n'));
line(`cursor ${own.cursorTo(0)} ${own.moveCursor(2, -1)} ${own.clearLine(1)} ${own.clearScreenDown()}`);
own.cursorTo(3, 4, () => line('cursorTo callback'));
own.on('resize', () => line('resize (unexpected)'));
own._refreshSize();
const reader = new tty.ReadStream(0);
line(`reader ${reader.isTTY} ${reader.isRaw} ${reader.readableHighWaterMark} ${reader.fd}`);
reader.destroy();
stdout.write('stdout.write\n');
stderr.write('stderr.write\n');
console.log('console.log %s', 'after');
process.on('exit', () => line('exit'));
