// ClientRequest's argument errors: method, path, protocol, agent, host, timeout.
'use strict';
const http = require('http');

function attempt(label, fn) {
  try {
    const req = fn();
    console.log(label, 'ok', req.method, req.path);
    req.on('error', () => {});
    req.destroy();
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
attempt('method token', () => http.request({ method: 'GE T', port: 1 }));
attempt('method type', () => http.request({ method: 5, port: 1 }));
attempt('method lower', () => http.request({ method: 'patch', port: 1 }));
attempt('path space', () => http.request({ path: '/a b', port: 1 }));
attempt('path unicode', () => http.request({ path: '/\u0100', port: 1 }));
attempt('protocol', () => http.request({ protocol: 'https:', port: 1 }));
attempt('url protocol', () => http.request('ftp://localhost/'));
attempt('agent type', () => http.request({ agent: 'yes', port: 1 }));
attempt('host type', () => http.request({ host: 5, port: 1 }));
attempt('hostname type', () => http.request({ hostname: {}, port: 1 }));
attempt('timeout', () => http.request({ timeout: 'x', port: 1 }));
attempt('header', () => http.request({ headers: { 'a b': 1 }, port: 1 }));
attempt('bad url', () => http.request('not a url'));
attempt('joinDuplicateHeaders', () => http.request({ joinDuplicateHeaders: 1, port: 1 }));
attempt('maxHeaderSize', () => http.request({ maxHeaderSize: -1, port: 1 }));
