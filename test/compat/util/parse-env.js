'use strict';
const util = require('util');
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
t(() => util.parseEnv('A=1\nB="two words"\n# comment\nC=\'x\'\nexport D=4\nE=`bt`\nF="multi\nline"\nG=unquoted # trailing\nH=" spaced "\nI="a\\nb"\nJ=\'a\\nb\'\n  K = v  \nL\n=M\nN=\nO="unterminated\nP=p'));
t(() => util.parseEnv(1));
t(() => util.parseEnv('A=1\r\nB=2\r\n'));
t(() => util.parseEnv('A=1\nA=2'));
t(() => util.parseEnv('A="x"y\nB=#h\nC="#h"\nD=a#b'));
t(() => util.parseEnv('export  A=1\nexportB=2\n#X=1\n   # Y=2'));
t(() => util.parseEnv('A={"a":1}\nB=[1, 2]\nC = "quoted" # c'));
t(() => util.parseEnv(''));
t(() => util.parseEnv('   \n\n  '));
t(() => util.parseEnv('Z=1\nA=2\nm=3\n_=4'));
t(() => util.parseEnv("S='unterminated"));
t(() => util.parseEnv('Q="a"\nR=`multi\nline`\nT=\'x\' # c'));
