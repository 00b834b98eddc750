// Addresses a fetched article may not come from unless the user says so
// (--allow-private): loopback, private, link-local (cloud metadata at
// 169.254.169.254), unique-local and unspecified. A public page that
// redirects to one of them could otherwise read a service on the user's network.
import { BlockList, isIP } from 'node:net';

// Built on first use: only a URL needs it.
let blocked: BlockList | null = null;
function privateRanges(): BlockList {
  if (blocked) return blocked;
  blocked = new BlockList();
  for (const [net, bits] of [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.168.0.0', 16],
    ['192.0.0.0', 24],
    ['198.18.0.0', 15],
    ['224.0.0.0', 3],
  ] as const)
    blocked.addSubnet(net, bits, 'ipv4');
  for (const [net, bits] of [
    ['::', 128],
    ['::1', 128],
    ['fc00::', 7],
    ['fe80::', 10],
    ['ff00::', 8],
  ] as const)
    blocked.addSubnet(net, bits, 'ipv6');
  return blocked;
}

/** Whether the IP address `ip` is one that a public article cannot live at. */
export function isPrivateAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return privateRanges().check(ip, 'ipv4');
  if (family !== 6) return false;
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is checked as IPv4.
  const mapped = ip.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  return mapped ? privateRanges().check(mapped[1], 'ipv4') : privateRanges().check(ip, 'ipv6');
}

/** The first private address that `url`'s host is or resolves to, or null. */
export async function privateAddressOf(url: URL): Promise<string | null> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return isPrivateAddress(host) ? host : null;
  if (/^localhost\.?$/i.test(host) || /\.localhost\.?$/i.test(host)) return host;
  // An unknown host is left to the fetch, which says so in its own words.
  // The resolver loads only here: a file never needs it.
  const { lookup } = await import('node:dns/promises');
  const addresses = await lookup(host, { all: true }).catch(() => []);
  return addresses.find((a) => isPrivateAddress(a.address))?.address ?? null;
}
