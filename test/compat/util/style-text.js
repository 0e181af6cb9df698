'use strict';
const util = require('util');
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
t(() => JSON.stringify(util.styleText('red', 'hi')));
t(() => JSON.stringify(util.styleText(['bold', 'red'], 'hi')));
t(() => JSON.stringify(util.styleText('red', 'hi', { validateStream: false })));
t(() => JSON.stringify(util.styleText(['bold', 'underline'], 'hi', { validateStream: false })));
t(() => JSON.stringify(util.styleText('none', 'x', { validateStream: false })));
t(() => JSON.stringify(util.styleText('reset', 'x', { validateStream: false })));
t(() => JSON.stringify(util.styleText('bgRed', 'x', { validateStream: false })));
t(() => JSON.stringify(util.styleText('gray', 'x', { validateStream: false })));
t(() => JSON.stringify(util.styleText('grey', 'x', { validateStream: false })));
t(() => JSON.stringify(util.styleText('red', 'x', { stream: process.stderr })));
t(() => JSON.stringify(util.styleText('red', 'a\u001b[39mb', { validateStream: false })));
t(() => JSON.stringify(util.styleText(['italic', 'green', 'bgBlue'], 'x', { validateStream: false })));
t(() => JSON.stringify(util.styleText([], 'x', { validateStream: false })));
