'use strict';
// Prints what the URL parser makes of each [input, base] case: every component, or "failure".
const keys = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
              'pathname', 'search', 'hash'];

module.exports = function show(cases) {
  for (const [input, base] of cases) {
    const label = JSON.stringify(input) + (base === undefined ? '' : ` against ${JSON.stringify(base)}`);
    let url;
    try {
      url = base === undefined ? new URL(input) : new URL(input, base);
    } catch (err) {
      console.log(`${label}: ${err.code}`);
      continue;
    }
    const parts = [];
    for (const key of keys) {
      const value = url[key];
      if (key === 'href' || value !== '') parts.push(`${key}=${JSON.stringify(value)}`);
    }
    console.log(`${label}:\n  ${parts.join(' ')}`);
    if (URL.canParse(input, base) !== true) console.log('  canParse disagrees');
  }
};
