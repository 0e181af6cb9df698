const dns = require('dns');
const { show } = require('./_util');
const r = new dns.Resolver();
show('set', () => {
  r.setServers(['1.2.3.4', '[::1]:5353', '127.0.0.1:53', '::2', '5.6.7.8:1000', '[fe80::1]', '[::3]:53']);
  return r.getServers();
});
show('empty', () => { r.setServers([]); return r.getServers(); });
show('bad', () => r.setServers(['bad']));
show('host name', () => r.setServers(['example.com']));
show('string', () => r.setServers('1.2.3.4'));
show('number entry', () => r.setServers([1]));
show('bad port', () => r.setServers(['1.2.3.4:99999']));
show('bracketed v4', () => { r.setServers(['[1.2.3.4]:53']); return r.getServers(); });
show('unchanged after error', () => {
  r.setServers(['9.9.9.9']);
  try { r.setServers(['9.9.9.8', 'nope']); } catch {}
  return r.getServers();
});
