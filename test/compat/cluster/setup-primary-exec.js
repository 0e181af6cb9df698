// compat: process
// setupPrimary({ exec, args }): workers run another file with those arguments; settings and 'setup'.
'use strict';
const cluster = require('cluster');
const path = require('path');

console.log('settings before', cluster.settings);
cluster.on('setup', (settings) => console.log('setup', path.basename(settings.exec), settings.args, settings.execArgv));
cluster.setupPrimary({ exec: path.join(__dirname, 'fixtures', 'exec-worker.js'), args: ['one', 'two'] });
console.log('settings after', path.basename(cluster.settings.exec), cluster.settings.args, cluster.settings.silent);
cluster.setupMaster({ args: ['three'] });
console.log('merged', path.basename(cluster.settings.exec), cluster.settings.args);
const worker = cluster.fork();
worker.on('message', (m) => {
  console.log('worker says', m);
  worker.disconnect();
});
