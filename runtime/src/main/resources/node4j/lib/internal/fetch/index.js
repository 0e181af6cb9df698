'use strict';
// The fetch globals: fetch, Headers, Request, Response, FormData (WHATWG fetch, as Node 24 has it).

const { Headers } = require('internal/fetch/headers');
const { FormData } = require('internal/fetch/formdata');
const { Request } = require('internal/fetch/request');
const { Response } = require('internal/fetch/response');
const { fetch } = require('internal/fetch/fetch');

module.exports = { fetch, Headers, Request, Response, FormData };
