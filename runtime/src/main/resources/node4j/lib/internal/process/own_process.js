'use strict';
// What changes the process itself: the file mode creation mask, the user and group ids, and
// replacing the program (execve). The calls are the loop's (io.node4j.loop.process.OwnProcess);
// a worker may not make them (lib/internal/bootstrap/node.js replaces these there).

const binding = internalBinding('process');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_CREDENTIAL },
} = require('internal/errors');
const { validateArray, validateObject, validateString, validateUint32 } = require('internal/validators');

function umask(mask) {
  if (mask === undefined) return binding.umask(-1);
  return binding.umask(require('internal/fs/utils').parseFileMode(mask, 'mask'));
}

// Node's older error form for these calls: "EPERM, Operation not permitted" with a positive errno.
// The stack starts at the caller of `hide` (process.setuid and the others, as in Node).
function credentialError(negativeErrno, syscall, hide) {
  const code = require('util').getSystemErrorName(negativeErrno);
  const text = require('util').getSystemErrorMessage(negativeErrno);
  const err = new Error(`${code}, ${text.charAt(0).toUpperCase()}${text.slice(1)}`);
  err.errno = -negativeErrno;
  err.code = code;
  err.syscall = syscall;
  Error.captureStackTrace(err, hide);
  return err;
}

// A uid or gid given as a number or a name (looked up in the system's user or group database).
function resolveId(id, name, kind) {
  if (typeof id === 'number') {
    validateUint32(id, name);
    return id;
  }
  if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
  const found = kind === 'User' ? binding.userId(id) : binding.groupId(id);
  if (found < 0) throw new ERR_UNKNOWN_CREDENTIAL(kind, id);
  return found;
}

function idSetter(syscall, kind) {
  const setter = {
    [syscall](id) {
      const value = resolveId(id, 'id', kind);
      const rc = binding.setId(syscall, value);
      if (rc < 0) throw credentialError(rc, syscall, setter);
    },
  }[syscall];
  return setter;
}

const setuid = idSetter('setuid', 'User');
const setgid = idSetter('setgid', 'Group');
const seteuid = idSetter('seteuid', 'User');
const setegid = idSetter('setegid', 'Group');

function setgroups(groups) {
  validateArray(groups, 'groups');
  const ids = groups.map((group, i) => resolveId(group, `groups[${i}]`, 'Group'));
  const rc = binding.setgroups(ids);
  if (rc < 0) throw credentialError(rc, 'setgroups', setgroups);
}

function initgroups(user, extraGroup) {
  if (typeof user !== 'number' && typeof user !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('user', ['number', 'string'], user);
  }
  if (typeof extraGroup !== 'number' && typeof extraGroup !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('extraGroup', ['number', 'string'], extraGroup);
  }
  let name = user;
  if (typeof user === 'number') {
    validateUint32(user, 'user');
    name = binding.userName(user);
    if (name === null) throw new ERR_UNKNOWN_CREDENTIAL('User', user);
  }
  const gid = resolveId(extraGroup, 'extraGroup', 'Group');
  const rc = binding.initgroups(name, gid);
  if (rc < 0) throw credentialError(rc, 'initgroups', initgroups);
}

let execveWarned = false;
function warnExecve() {
  if (execveWarned) return;
  execveWarned = true;
  process.emitWarning('process.execve is an experimental feature and might change at any time',
                      'ExperimentalWarning');
}
// Replaces the program, as execve(2): no 'exit' event, the standard streams (synchronous) already
// written. If the call fails the process cannot go on as it was promised it would not: it reports
// and aborts, as Node does.
function execve(execPath, args = [], env = process.env) {
  if (!internalBinding('worker').isMainThread) {
    warnExecve();
    throw new (require('internal/errors').codes.ERR_WORKER_UNSUPPORTED_OPERATION)('Calling process.execve');
  }
  validateString(execPath, 'execPath');
  validateArray(args, 'args');
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string' || args[i].includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(`args[${i}]`, args[i], 'must be a string without null bytes');
    }
  }
  validateObject(env, 'env');
  const entries = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (typeof value !== 'string' || key.includes('\u0000') || value.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE('env', env, 'must be an object with string keys and values without null bytes');
    }
    entries.push(`${key}=${value}`);
  }
  warnExecve();
  const rc = binding.execve(execPath, args, entries);
  const code = require('util').getSystemErrorName(rc);
  const frames = new Error().stack.split('\n').slice(1)
    .map((line, i) => `${i + 1}: ${line.trim().replace(/^at /, '')}`).join('\n');
  binding.writeString(2, `\nprocess.execve failed with error code ${code}\n\n` +
                         `----- JavaScript stack trace -----\n\n${frames}\n\n`);
  binding.reallyExit(134);
}

module.exports = { umask, setuid, setgid, seteuid, setegid, setgroups, initgroups, execve };
