'use strict';
const util = require('util');
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
t(() => util.styleText('nope', 'hi'));
t(() => util.styleText('red', 1));
t(() => util.styleText(1, 'x'));
t(() => util.styleText('red', 'x', { stream: 1 }));
t(() => util.styleText('red', 'x', { validateStream: 1 }));
t(() => util.styleText(['red', 'nope'], 'x'));
t(() => util.styleText('red', 'x', { stream: { write() {} } }));
t(() => util.styleText('red', 'x', { stream: {} }));
t(() => util.styleText(['nope'], 'x', { validateStream: false }));
