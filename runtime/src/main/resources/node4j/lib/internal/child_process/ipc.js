'use strict';
// The IPC channel between a parent and a child it forked: Node's 'json' serialization, one
// JSON.stringify'd message per line, over the binding's channel (a Unix stream socket pair; fd 3 in the
// child, named by NODE_CHANNEL_FD). Both sides get send(), disconnect(), connected, channel and the
// 'message' and 'disconnect' events. Handles (sockets, servers) cannot be sent.

// buffer and string_decoder are loaded when a channel is set up: every process checks for one while it
// starts, and most have none.
const {
  codes: { ERR_MISSING_ARGS, ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_INVALID_HANDLE_TYPE },
} = require('internal/errors');

// `channel` is the binding's { input, output }; `refByListeners`: the channel keeps the process alive
// only while 'message' or 'disconnect' listeners exist (the child's side, as Node); otherwise always.
// `onRemoteEnd` runs when the other side closed the channel (not when this side disconnect()s: a
// parent that disconnects its child never gets the child's 'close' in Node — measured).
function setupChannel(target, channel, refByListeners, onRemoteEnd) {
  const { input, output } = channel;
  const { Buffer } = require('buffer');
  const { StringDecoder } = require('string_decoder');
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let open = true;

  target.connected = true;
  target.channel = {
    ref() { if (open) input.ref(); },
    unref() { if (open) input.unref(); },
    get fd() { return refByListeners ? 3 : undefined; },
  };

  input.readStart((arrayBuffer) => {
    pending += decoder.write(Buffer.from(new ArrayBuffer(arrayBuffer)));
    let newline;
    while (open && (newline = pending.indexOf('\n')) !== -1) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      if (line.length === 0) continue;
      const message = JSON.parse(line);
      if (message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
          message.cmd.startsWith('NODE_')) {
        target.emit('internalMessage', message);
      } else {
        target.emit('message', message);
      }
    }
  }, () => {
    if (!open) return;
    disconnect();
    if (onRemoteEnd) onRemoteEnd();
  });

  function disconnect() {
    if (!open) return;
    open = false;
    target.connected = false;
    input.close(null);
    // Messages already sent still go out (send(); disconnect() is a common pair): the shutdown is
    // queued behind them, then the descriptor closes.
    output.shutdown(() => output.close(null));
    process.nextTick(() => target.emit('disconnect'));
  }

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (handle !== undefined && handle !== null) throw new ERR_INVALID_HANDLE_TYPE();
    if (!open) {
      const ex = new ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else process.nextTick(() => target.emit('error', ex));
      return false;
    }
    const bytes = Buffer.from(`${JSON.stringify(message)}\n`);
    // As Node's channel: once a message is handed to the stream, its completion is not an error the
    // sender hears of (a peer that closed meanwhile, EPIPE, shows as the channel's disconnect instead).
    output.write(bytes, () => {
      if (typeof callback === 'function') callback(null);
    });
    return true;
  };

  target.disconnect = function() {
    if (!open) {
      target.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    disconnect();
  };

  if (refByListeners) {
    const refresh = () => {
      if (!open) return;
      if (target.listenerCount('message') + target.listenerCount('disconnect') > 0) input.ref();
      else input.unref();
    };
    input.unref();
    target.on('newListener', (name) => {
      if (name === 'message' || name === 'disconnect') process.nextTick(refresh);
    });
    target.on('removeListener', (name) => {
      if (name === 'message' || name === 'disconnect') refresh();
    });
  }
}

// In a child started with an IPC channel: process.send and friends, from NODE_CHANNEL_FD.
function setupChildChannel(process, openIpc) {
  const fd = process.env.NODE_CHANNEL_FD;
  if (fd === undefined) return;
  delete process.env.NODE_CHANNEL_FD;
  const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (mode !== undefined && mode !== 'json') return; // 'advanced' (V8's serializer) is not supported
  const channel = openIpc(Number(fd));
  if (channel.input === undefined) return; // not a descriptor we can use: no channel, as a plain child
  setupChannel(process, channel, true);
}

module.exports = { setupChannel, setupChildChannel };
