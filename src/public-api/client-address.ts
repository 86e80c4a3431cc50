import net from 'net';

/** `::ffff:10.0.0.1` is 10.0.0.1; `[::1]` is ::1. */
function normalise(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, '$1');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed;
}

/**
 * The address of the client behind a request. `X-Forwarded-For` is read only from a trusted
 * proxy, right to left, and the first hop that is not a trusted proxy is the client: a client
 * cannot pick its own address by sending the header, since its hop is the last one appended.
 * Trusted proxies are addresses or CIDR ranges (IPv4 or IPv6).
 */
export function clientAddressResolver(trustedProxies: string[]): (remoteAddress: string | undefined, forwardedFor: string | undefined) => string {
  const trusted = new net.BlockList();
  for (const entry of trustedProxies) {
    const [address, bits] = entry.split('/');
    const family = net.isIP(normalise(address));
    if (!family) throw new Error(`PUBLIC_API_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) trusted.addAddress(normalise(address), type);
    else trusted.addSubnet(normalise(address), Number(bits), type);
  }
  const isTrusted = (address: string) => {
    const family = net.isIP(address);
    return family !== 0 && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
  };

  return (remoteAddress, forwardedFor) => {
    let client = normalise(remoteAddress ?? '');
    if (trustedProxies.length === 0 || !forwardedFor || !isTrusted(client)) return client || 'unknown';
    const hops = forwardedFor.split(',');
    for (let i = hops.length - 1; i >= 0; i -= 1) {
      const hop = normalise(hops[i]);
      if (!net.isIP(hop)) break; // garbage: the last trusted hop is all we know
      client = hop;
      if (!isTrusted(hop)) break;
    }
    return client;
  };
}
