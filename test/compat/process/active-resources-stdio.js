'use strict';
// compat: process
// process.getActiveResourcesInfo() for the standard streams on pipes (as the suite runs them): each is a
// ref'd PipeWrap from the moment it is made (reading or not) until it closes.
// Made in an order of our choosing, and stdout last, so that every list is the same on every run.
const seen = [];
const info = () => JSON.stringify(process.getActiveResourcesInfo());
seen.push(`start: ${info()}`);
process.stderr;
seen.push(`stderr: ${info()}`);
const stdin = process.stdin;
seen.push(`stdin: ${info()}`);
stdin.resume();
seen.push(`stdin flowing: ${info()}`);
stdin.pause();
seen.push(`stdin paused: ${info()}`);
stdin.resume();
stdin.on('end', () => {
  setTimeout(() => {
    seen.push(`stdin ended: ${info()}`);
    process.stdout;
    seen.push(`stdout: ${info()} ${process._getActiveHandles().map((h) =>
      (h === process.stdout ? 'stdout' : h === process.stderr ? 'stderr' : h === process.stdin ? 'stdin' : '?'))}`);
    console.log(seen.join('\n'));
  }, 1);
});
