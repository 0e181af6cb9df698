'use strict';
// structuredClone: getter throws.
try { structuredClone({ get x() { throw new Error('from getter'); } }); } catch (e) { console.log(e.name, e.message); }
