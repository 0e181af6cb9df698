#!/usr/bin/env node
// A shebang line is allowed at the top of a module.
console.log("shebang ok", import.meta.filename.endsWith("shebang.mjs"));
