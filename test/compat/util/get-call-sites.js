'use strict';
const util = require('util');
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
const pick = (s) => [s.functionName, s.scriptName.endsWith('get-call-sites.js'), s.lineNumber, s.columnNumber, s.column];
t(() => pick(util.getCallSites()[0]));
t(() => util.getCallSites(1).length);
t(() => util.getCallSites(1, { sourceMap: false }).map(pick));
t(() => util.getCallSites({ sourceMap: false }).length > 1);
t(() => util.getCallSites('x'));
t(() => util.getCallSites(0));
t(() => util.getCallSites(201));
t(() => util.getCallSites({ sourceMap: 1 }));
t(() => util.getCallSites(1, 1));
function inner() { return util.getCallSites(2); }
function outer() { return inner(); }
t(() => outer().map(pick));
t(() => Object.getPrototypeOf(util.getCallSites(1)[0]));
t(() => Object.keys(util.getCallSites(1)[0]));
