'use strict';
// The global `process` object. Minimal for now: argv, execPath, version(s), platform, exit.

const binding = internalBinding('process');

const process = {
  title: 'node',
  version: binding.version,
  versions: { node: binding.version.slice(1), node4j: binding.node4jVersion },
  arch: binding.arch,
  platform: binding.platform,
  pid: Number(binding.pid),
  execPath: binding.execPath,
  argv: Array.from(binding.argv),
  execArgv: Array.from(binding.execArgv),
  exitCode: undefined,
  cwd() {
    return binding.cwd();
  },
  exit(code) {
    if (code !== undefined && code !== null) process.exitCode = code;
    const status = process.exitCode === undefined ? 0 : process.exitCode | 0;
    binding.reallyExit(status);
  },
};
process.argv0 = 'node';

module.exports = process;
