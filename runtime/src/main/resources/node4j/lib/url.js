'use strict';
const { URL, URLSearchParams } = require('internal/url');
module.exports = { URL, URLSearchParams };
