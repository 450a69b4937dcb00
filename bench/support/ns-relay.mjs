// A TCP relay across network namespaces: Unix sockets are not bound to a network namespace, so one
// relay process inside a namespace and one outside, joined by a Unix socket, carry TCP between them.
//   node ns-relay.mjs tcp-to-unix HOST PORT SOCKET   listen on HOST:PORT, forward each connection to SOCKET
//   node ns-relay.mjs unix-to-tcp SOCKET HOST PORT   listen on SOCKET, forward each connection to HOST:PORT
// A fifth argument to tcp-to-unix replaces the Host header of each connection's first request with it
// (the lab's Kamailio accepts a WebSocket only for a Host that is itself, 127.0.0.1:port).
// Prints "ready" once listening; runs until killed.
import { createConnection, createServer } from 'node:net';
import console from 'node:console';
import process from 'node:process';
import { rmSync } from 'node:fs';

const [mode, a, b, c, hostHeader] = process.argv.slice(2);

function pipeTo(connect) {
  return (client) => {
    const upstream = connect();
    if (hostHeader) {
      client.once('data', (first) => {
        upstream.write(first.toString('latin1').replace(/^Host: .*$/im, `Host: ${hostHeader}`), 'latin1');
        client.pipe(upstream);
      });
    } else client.pipe(upstream);
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  };
}

let server;
if (mode === 'tcp-to-unix') {
  server = createServer(pipeTo(() => createConnection({ path: c })));
  server.listen(Number(b), a, () => console.log('ready'));
} else if (mode === 'unix-to-tcp') {
  rmSync(a, { force: true });
  server = createServer(pipeTo(() => createConnection({ host: b, port: Number(c) })));
  server.listen(a, () => console.log('ready'));
} else {
  console.error('usage: ns-relay.mjs tcp-to-unix HOST PORT SOCKET | unix-to-tcp SOCKET HOST PORT');
  process.exit(2);
}
server.on('error', (error) => {
  console.error(error.message);
  process.exit(1);
});
