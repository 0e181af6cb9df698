// Ports per scheme: defaults dropped, leading zeros, limits, ports on schemes without default.
const show = require('./_cases');
const cases = [];
for (const scheme of ['http', 'https', 'ws', 'wss', 'ftp', 'file', 'sc', 'gopher']) {
  for (const port of ['', '0', '21', '80', '443', '0080', '8080', '65535', '65536', '999999', 'x', '1x']) {
    cases.push([`${scheme}://h:${port}/p`]);
  }
}
show(cases);
