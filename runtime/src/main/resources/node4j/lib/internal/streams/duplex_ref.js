'use strict';
// Where Duplex is once internal/streams/duplex has loaded: Readable and Writable ask "is this a
// Duplex?" without loading it themselves.

module.exports = { Duplex: undefined };
