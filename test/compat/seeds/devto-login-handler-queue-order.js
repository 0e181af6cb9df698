// Seed: 001_6131f5489183c113.txt (dev.to, how Node.js works), "Login API Example (with both queues)".
// The article's program is an express server (see pending/_pending-devto-login-api-express.js); this
// version calls the same async handler directly with a stand-in request and response, so the order the
// article numbers (1, 2 sync; 3 microtask; 4 macrotask) is checked without a network server.
'use strict';

const handler = async (req, res) => {
  console.log('🟢 1. Login request received');
  setTimeout(() => {
    console.log('🟡 4. setTimeout (Macrotask)');
  }, 0);
  Promise.resolve().then(() => {
    console.log('🔵 3. Inside Promise.then (Microtask)');
  });
  console.log('🟢 2. End of login handler');
  res.send('Login successful');
};

const res = { send(body) { console.log('response sent:', body); } };
const p = handler({ body: { email: 'a@example.com' } }, res);
console.log('handler returned a promise:', p instanceof Promise);
p.then(() => console.log('handler promise settled'));
