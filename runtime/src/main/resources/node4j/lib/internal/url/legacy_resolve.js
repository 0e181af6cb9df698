'use strict';
// Url.prototype.resolveObject of the legacy url API: RFC 1808-style resolution with Node's
// historical behaviour for protocol changes, hostless ("mailto:") protocols and dot segments.

function makeResolveObject(Url, slashed, hostless) {
  function withPath(result) {
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
  }

  function done(result) {
    result.href = result.format();
    return result;
  }

  // "mailto:a@b" keeps credentials in what becomes the host: split them out again.
  function splitAuthFromHost(result) {
    if (result.host && result.host.indexOf('@') > 0) {
      const parts = result.host.split('@');
      result.auth = parts.shift();
      result.host = result.hostname = parts.shift();
    }
  }

  // A relative reference with another protocol than the base's.
  function changeProtocol(result, relative) {
    if (!slashed.has(relative.protocol)) {
      for (const key of Object.keys(relative)) result[key] = relative[key];
      return done(result);
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostless.has(relative.protocol)) {
      // "http:foo/bar": the first path segment becomes the host.
      const segments = (relative.pathname || '').split('/');
      while (segments.length && !(relative.host = segments.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (segments[0] !== '') segments.unshift('');
      if (segments.length < 2) segments.unshift('');
      result.pathname = segments.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    return done(result);
  }

  // Removes "." segments and applies ".." ones; returns how many ".." went above the start.
  function collapseDots(segments) {
    let up = 0;
    for (let i = segments.length - 1; i >= 0; i--) {
      const segment = segments[i];
      if (segment === '.') {
        segments.splice(i, 1);
      } else if (segment === '..') {
        segments.splice(i, 1);
        up++;
      } else if (up) {
        segments.splice(i, 1);
        up--;
      }
    }
    return up;
  }

  return function resolveObject(relative) {
    if (typeof relative === 'string') {
      const parsed = new Url();
      parsed.parse(relative, false, true);
      relative = parsed;
    }
    const result = new Url();
    for (const key of Object.keys(this)) result[key] = this[key];
    // The fragment always comes from the reference, even an empty one.
    result.hash = relative.hash;
    if (relative.href === '') return done(result);

    // "//host/path": everything but the protocol comes from the reference.
    if (relative.slashes && !relative.protocol) {
      for (const key of Object.keys(relative)) {
        if (key !== 'protocol') result[key] = relative[key];
      }
      if (slashed.has(result.protocol) && result.hostname && !result.pathname) {
        result.path = result.pathname = '/';
      }
      return done(result);
    }

    if (relative.protocol && relative.protocol !== result.protocol) return changeProtocol(result, relative);

    const sourceAbsolute = result.pathname && result.pathname.charAt(0) === '/';
    const relativeAbsolute = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
    let mustEndAbsolute = relativeAbsolute || sourceAbsolute || (result.host && relative.pathname);
    const removeAllDots = mustEndAbsolute;
    let sourcePath = (result.pathname && result.pathname.split('/')) || [];
    const relativePath = (relative.pathname && relative.pathname.split('/')) || [];
    const noLeadingSlashes = result.protocol && !slashed.has(result.protocol);

    // Without "//" the host is just the first path segment, which ".." can climb into.
    if (noLeadingSlashes) {
      result.hostname = '';
      result.port = null;
      if (result.host) {
        if (sourcePath[0] === '') sourcePath[0] = result.host;
        else sourcePath.unshift(result.host);
      }
      result.host = '';
      if (relative.protocol) {
        relative.hostname = null;
        relative.port = null;
        if (relative.host) {
          if (relativePath[0] === '') relativePath[0] = relative.host;
          else relativePath.unshift(relative.host);
        }
        relative.host = null;
      }
      mustEndAbsolute = mustEndAbsolute && (relativePath[0] === '' || sourcePath[0] === '');
    }

    if (relativeAbsolute) {
      if (relative.host || relative.host === '') {
        if (result.host !== relative.host) result.auth = null;
        result.host = relative.host;
        result.port = relative.port;
      }
      if (relative.hostname || relative.hostname === '') {
        if (result.hostname !== relative.hostname) result.auth = null;
        result.hostname = relative.hostname;
      }
      result.search = relative.search;
      result.query = relative.query;
      sourcePath = relativePath;
    } else if (relativePath.length) {
      sourcePath.pop();
      sourcePath = sourcePath.concat(relativePath);
      result.search = relative.search;
      result.query = relative.query;
    } else if (relative.search !== null && relative.search !== undefined) {
      // Only a query ("?x"): the path stays.
      if (noLeadingSlashes) {
        result.hostname = result.host = sourcePath.shift();
        splitAuthFromHost(result);
      }
      result.search = relative.search;
      result.query = relative.query;
      withPath(result);
      return done(result);
    }

    if (!sourcePath.length) {
      result.pathname = null;
      result.path = result.search ? `/${result.search}` : null;
      return done(result);
    }

    // A path ending in "." or ".." (or empty) keeps a trailing slash.
    let last = sourcePath[sourcePath.length - 1];
    const hasTrailingSlash = ((result.host || relative.host || sourcePath.length > 1) &&
                              (last === '.' || last === '..')) || last === '';
    let up = collapseDots(sourcePath);
    if (!mustEndAbsolute && !removeAllDots) {
      while (up--) sourcePath.unshift('..');
    }
    if (mustEndAbsolute && sourcePath[0] !== '' && (!sourcePath[0] || sourcePath[0].charAt(0) !== '/')) {
      sourcePath.unshift('');
    }
    if (hasTrailingSlash && sourcePath.join('/').slice(-1) !== '/') sourcePath.push('');
    last = sourcePath[0];
    const isAbsolute = last === '' || (last && last.charAt(0) === '/');

    if (noLeadingSlashes) {
      result.hostname = result.host = isAbsolute ? '' : sourcePath.length ? sourcePath.shift() : '';
      splitAuthFromHost(result);
    }
    mustEndAbsolute = mustEndAbsolute || (result.host && sourcePath.length);
    if (mustEndAbsolute && !isAbsolute) sourcePath.unshift('');

    if (sourcePath.length > 0) {
      result.pathname = sourcePath.join('/');
    } else {
      result.pathname = null;
      result.path = null;
    }
    withPath(result);
    result.auth = relative.auth || result.auth;
    result.slashes = result.slashes || relative.slashes;
    return done(result);
  };
}

module.exports = { makeResolveObject };
