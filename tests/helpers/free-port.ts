// free-port: asks the OS for a free TCP port on 127.0.0.1 (listen on port 0, read it, close).
// There is a small window before the caller binds it; use it with strictPort so a clash fails loudly.
import { createServer } from "node:net";

export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      if (address === null || typeof address === "string") {
        server.close();
        reject(new Error(`free-port: unexpected address ${String(address)}`));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}
