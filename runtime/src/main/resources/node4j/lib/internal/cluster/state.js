'use strict';
// Whether this process is a cluster worker, for modules that must not load node:cluster to find out
// (net's listen()): `child` is the worker's cluster module once it is set up, null otherwise.

module.exports = { child: null };
