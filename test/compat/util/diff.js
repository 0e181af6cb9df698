'use strict';
const util = require('util');
function t(f) { try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.name, e.code, e.message); } }
t(() => util.diff('abc', 'abd'));
t(() => util.diff(['a', 'b', 'c'], ['a', 'x', 'c']));
t(() => util.diff('a', 'a'));
t(() => util.diff(['x'], []));
t(() => util.diff('', 'abc'));
t(() => util.diff('kitten', 'sitting'));
t(() => util.diff(['1', '2', '3', '4'], ['4', '3', '2', '1']));
t(() => util.diff(1, 2));
t(() => util.diff('a', 2));
t(() => util.diff(['a'], 'a'));
