'use strict';
// getColorDepth and hasColors decide from the environment they are given (the stream itself does not
// matter), as Node does: FORCE_COLOR, NO_COLOR, NODE_DISABLE_COLORS, TERM=dumb, TMUX, CI services,
// TeamCity, TERM_PROGRAM, COLORTERM and TERM names. Also the once-only warning when FORCE_COLOR
// overrides NO_COLOR/NODE_DISABLE_COLORS.
const tty = require('node:tty');
const { getColorDepth, hasColors } = tty.WriteStream.prototype;
const depth = (env) => getColorDepth.call({}, env);
process.on('warning', (w) => console.log('warning:', w.name, w.message));

const terms = ['', 'xterm', 'xterm-256color', 'XTERM-256color', 'xterm-256', 'xterm-2560', 'xterm-color',
  'xterm-16color', 'xterm-direct', 'xterm-truecolor', 'XTERM-TRUECOLOR', 'foo-truecolor', 'xterm-24bit',
  'screen', 'screen-256color', 'screen.xterm-256color', 'tmux', 'tmux-256color', 'rxvt', 'xrxvt',
  'rxvt-unicode-256color', 'rxvt-unicode-24bit', 'rxvt-unicode-24BIT', 'linux', 'Linux', 'foolinux',
  'cygwin', 'vt100', 'vt100-x', 'xvt100', 'vt220', 'vt2200', 'vt102', 'ansi', 'ANSI', 'pcansi', 'eterm',
  'Eterm', 'eterm-color', 'eterm-x', 'konsole', 'putty', 'st', 'ST', 'alacritty', 'xterm-kitty', 'kitty',
  'mosh', 'Mosh', 'terminator', 'hurd', 'interix', 'mlterm', 'dtterm', 'console', 'Console', 'cons25',
  'jfbterm', 'kterm', 'gnome', 'color', 'direct', 'foodirect', 'con80x25', 'conx1', 'con80x', 'dumb',
  'DUMB', 'uxterm', 'wezterm', 'foo', 'foo-256', 'foo-256color'];
console.log(terms.map((t) => `${t || '(empty)'}=${depth({ TERM: t })}`).join(' '));
console.log('no TERM', depth({}));

for (const c of ['truecolor', '24bit', 'TRUECOLOR', 'yes', '', '1']) {
  console.log('COLORTERM', JSON.stringify(c), depth({ COLORTERM: c }), depth({ COLORTERM: c, TERM: 'xterm-256color' }),
              depth({ COLORTERM: c, TERM: 'dumb' }), depth({ COLORTERM: c, TERM: 'foo' }));
}
for (const f of ['0', '1', '2', '3', '4', 'true', 'false', 'yes', 'TRUE', ' 1', '-1', '']) {
  console.log('FORCE_COLOR', JSON.stringify(f), depth({ FORCE_COLOR: f }), depth({ FORCE_COLOR: f, TERM: 'dumb' }),
              depth({ FORCE_COLOR: f, TERM: 'xterm-256color' }));
}
for (const k of ['NO_COLOR', 'NODE_DISABLE_COLORS']) {
  for (const v of ['', '0', '1']) console.log(k, JSON.stringify(v), depth({ [k]: v, TERM: 'xterm-256color' }));
}
// The first FORCE_COLOR that wins over a disabler warns (naming both when both are set); later ones do not.
console.log(depth({ FORCE_COLOR: '0', NO_COLOR: '1' }), depth({ FORCE_COLOR: '3', NO_COLOR: '' }));
console.log(depth({ FORCE_COLOR: '2', NODE_DISABLE_COLORS: '1', NO_COLOR: '1' }));
console.log(depth({ FORCE_COLOR: '1', NO_COLOR: '1' }));

console.log('TMUX', depth({ TMUX: '1' }), depth({ TMUX: '', TERM: 'xterm' }), depth({ TMUX: '1', TERM: 'dumb' }),
            depth({ TMUX: '1', CI: '1' }));
for (const ci of ['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI', 'BUILDKITE', 'DRONE', 'GITHUB_ACTIONS',
  'GITEA_ACTIONS', 'CODEBUILD', 'JENKINS_URL']) {
  console.log('CI', ci, depth({ CI: '1', [ci]: '1' }), depth({ [ci]: '1' }), depth({ CI: 'true', [ci]: '' }));
}
console.log('CI alone', depth({ CI: '1' }), depth({ CI: '1', CI_NAME: 'codeship' }), depth({ CI: '', TERM: 'xterm' }),
            depth({ CI: '1', TERM: 'xterm-256color' }), depth({ CI: '1', COLORTERM: 'truecolor' }));
for (const v of ['9.0', '9.1', '9.1.', '9.01.', '9.00.', '2017.1', '10', '10.', '1.2.', 'x', '']) {
  console.log('TEAMCITY', JSON.stringify(v), depth({ TEAMCITY_VERSION: v }), depth({ TEAMCITY_VERSION: v, TERM: 'xterm-256color' }));
}
for (const [p, v] of [['iTerm.app', '3.0'], ['iTerm.app', '2.9'], ['iTerm.app', ''], ['iTerm.app', undefined],
  ['iTerm.app', '3'], ['iTerm.app', '2'], ['iTerm.app', '10.1'], ['Apple_Terminal', ''], ['HyperTerm', ''],
  ['MacTerm', ''], ['vscode', '1.2'], ['', '']]) {
  console.log('TERM_PROGRAM', p, v, depth({ TERM_PROGRAM: p, TERM_PROGRAM_VERSION: v }),
              depth({ TERM_PROGRAM: p, TERM_PROGRAM_VERSION: v, TERM: 'xterm' }),
              depth({ TERM_PROGRAM: p, COLORTERM: 'truecolor' }));
}
console.log('TEAMCITY before TERM_PROGRAM', depth({ TEAMCITY_VERSION: '9.0', TERM_PROGRAM: 'MacTerm' }));

const fake = { getColorDepth: () => 1 };
console.log(hasColors.call(fake, 16, { TERM: 'xterm-256color' }));
const xterm = { TERM: 'xterm-256color' };
for (const args of [[undefined, xterm], [2, xterm], [16, xterm], [256, xterm], [2 ** 24, xterm], [2 ** 24 + 1, xterm],
  [2 ** 24, { COLORTERM: 'truecolor' }], [{ TERM: 'xterm' }], [256, { TERM: 'xterm' }],
  [1], ['x'], [null], [2.5], [undefined, { TERM: 'xterm' }], [-5]]) {
  try {
    console.log('hasColors', args, hasColors.call({}, ...args));
  } catch (err) {
    console.log('hasColors', args, err.name, err.code, err.message);
  }
}
console.log(getColorDepth.name, hasColors.name, getColorDepth.length, hasColors.length);
try {
  depth('str');
} catch (err) {
  console.log(err.name);
}
