// readline: pause/resume/close events and use after close.
// readline: the order of 'line', 'pause', 'resume', 'close' and 'SIGINT'-free life cycle on a
// non-TTY input; rl.closed, a second close(), pause()/resume() return values.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, terminal: false });
const log = (...a) => console.log(...a);
for (const ev of ['line', 'pause', 'resume', 'close', 'history', 'SIGINT', 'SIGCONT', 'SIGTSTP']) {
  rl.on(ev, (...args) => log('event', ev, ...args.map((x) => JSON.stringify(x))));
}
log('terminal', rl.terminal, 'closed', rl.closed, 'line', JSON.stringify(rl.line), 'cursor', rl.cursor);
log('paused?', input.isPaused());
log('pause returns self', rl.pause() === rl);
log('pause again'); rl.pause();
log('resume returns self', rl.resume() === rl);
input.write('one\ntwo');
setTimeout(() => {
  log('line so far', JSON.stringify(rl.line), rl.cursor);
  rl.pause();
  input.write('\nthree\n');
  setTimeout(() => {
    log('resuming');
    rl.resume();
    setTimeout(() => {
      rl.close();
      log('closed', rl.closed);
      rl.close();
      log('after second close');
      try {
        rl.question('q?', () => {});
      } catch (e) {
        log(e.code, e.name, e.message);
      }
      try {
        rl.write('x');
      } catch (e) {
        log(e.code, e.name, e.message);
      }
      for (const m of ['pause', 'resume']) {
        try {
          rl[m]();
        } catch (e) {
          log(m, e.code, e.name, e.message);
        }
      }
      log('input destroyed?', input.destroyed);
    }, 10);
  }, 10);
}, 10);
