import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

// Where webhook deliveries may go. An editor names the URL, so without a
// guard a webhook is a way to make the server send requests into its own
// network: to a database's HTTP port, a cloud's metadata service, an admin
// page on loopback. By default a delivery may only reach a public unicast
// address. Every other range is refused (loopback, private, link-local,
// unique-local, multicast, carrier-grade NAT, documentation, benchmarking,
// unspecified, broadcast, reserved, and IPv6 forms that embed an IPv4
// address), whatever the spelling: the URL parser reads `2130706433`,
// `0x7f.1` and `017700000001` as 127.0.0.1 before anything here looks.
//
// The check is made at connect time, on the address the connection is
// actually made to: a name is resolved once, every address it resolves to is
// checked, and the connection uses those same addresses, so a DNS answer that
// changes between a check and the connection (rebinding) has nothing to get
// around. Redirects are not followed. A failure to connect is reported the same
// way whatever its cause, so the delivery log cannot be used to tell open
// ports from closed ones.

/** Operators' exceptions (`COLLOQUY_WEBHOOK_ALLOW`): addresses or CIDR ranges, and host names, that may be reached even if private. */
export interface EgressAllowList {
  ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][];
  hosts: Set<string>;
}

export const noEgressExceptions: EgressAllowList = { ranges: [], hosts: new Set() };

/** Parse `10.0.0.0/8, 192.168.1.20, fd00::/8, hooks.internal`; throws on an entry that is neither. */
export function parseEgressAllowList(value: string | undefined): EgressAllowList {
  const list: EgressAllowList = { ranges: [], hosts: new Set() };
  for (const raw of (value ?? "").split(",")) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry.includes("/")) {
      try {
        list.ranges.push(ipaddr.parseCIDR(entry));
      } catch {
        throw new Error(`COLLOQUY_WEBHOOK_ALLOW: "${raw.trim()}" is not a CIDR range such as 10.0.0.0/8.`);
      }
    } else if (ipaddr.isValid(entry)) {
      const address = ipaddr.parse(entry);
      list.ranges.push([address, address.kind() === "ipv4" ? 32 : 128]);
    } else if (/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/.test(entry)) {
      list.hosts.add(entry);
    } else {
      throw new Error(`COLLOQUY_WEBHOOK_ALLOW: "${raw.trim()}" is not an address, a CIDR range or a host name.`);
    }
  }
  return list;
}

/** Why an address may not be reached, or null when it may. IPv4 addresses written as IPv6 are judged as IPv4. */
export function refusedAddress(address: string, allow: EgressAllowList): string | null {
  if (!ipaddr.isValid(address)) return "is not an IP address";
  const parsed = ipaddr.process(address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""));
  for (const [range, bits] of allow.ranges) {
    if (range.kind() === parsed.kind() && parsed.match(range, bits)) return null;
  }
  const range = parsed.range();
  return range === "unicast" ? null : `is a ${range} address`;
}

/** The URL's host as the connection will use it: brackets off an IPv6 literal. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, "");
}

/** Why a URL may never be reached, judged without resolving it: an IP literal in a refused range. Null otherwise. */
export function refusedUrl(url: URL, allow: EgressAllowList): string | null {
  const host = hostOf(url);
  if (allow.hosts.has(host.toLowerCase()) || !isIP(host)) return null;
  const reason = refusedAddress(host, allow);
  return reason && `the address ${host} ${reason}`;
}

class RefusedAddressError extends Error {}

/** A DNS lookup that only ever hands the connection addresses that pass the check. */
function guardedLookup(allow: EgressAllowList): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...(options as LookupOptions), all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 4);
      const refused = addresses.map((a) => refusedAddress(a.address, allow)).find((reason) => reason !== null);
      if (refused || addresses.length === 0) {
        return callback(new RefusedAddressError(`${hostname} resolves to an address that ${refused ?? "is missing"}`), "", 4);
      }
      if ((options as LookupOptions).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

export type EgressOutcome = { statusCode: number } | { error: string };

/** What the delivery log says of an attempt that got no HTTP answer: the same for every cause, so it tells nothing of the network behind. */
export const CONNECTION_FAILED = "could not connect, or no answer in time";

/**
 * POST `body` to `url` with the headers, from the allowed addresses only, within
 * `timeoutMs`. The answer's status is the outcome; its body is not read.
 */
export function postToEndpoint(
  target: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; allow: EgressAllowList },
): Promise<EgressOutcome> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return Promise.resolve({ error: "the URL is not valid" });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return Promise.resolve({ error: "the URL is not http or https" });
  const refused = refusedUrl(url, options.allow);
  if (refused) return Promise.resolve({ error: `refused: ${refused}` });
  const host = hostOf(url);
  const trustedHost = options.allow.hosts.has(host.toLowerCase());
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: EgressOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = send(url, {
      method: "POST",
      headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
      // An IP literal was checked above; a name is checked as it resolves, on the very addresses used.
      ...(trustedHost || isIP(host) ? {} : { lookup: guardedLookup(options.allow) }),
      // No connection reuse: each attempt resolves and checks again.
      agent: false,
    });
    const timer = setTimeout(() => {
      request.destroy();
      finish({ error: CONNECTION_FAILED });
    }, options.timeoutMs);
    request.on("response", (response: IncomingMessage) => {
      response.resume();
      response.destroy();
      finish({ statusCode: response.statusCode ?? 0 });
    });
    request.on("error", (error) => {
      if (error instanceof RefusedAddressError) finish({ error: `refused: ${error.message}` });
      else finish({ error: CONNECTION_FAILED });
    });
    request.end(body);
  });
}
