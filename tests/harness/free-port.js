const net = require('net');

/**
 * A TCP port of 127.0.0.1 that nothing listens on: the OS picks it (port 0), we close and hand it
 * over. For a server in another process; a server in this one should listen on port 0 itself.
 * @returns {Promise<number>}
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

module.exports = { freePort };
