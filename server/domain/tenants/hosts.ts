/** Which tenant a request belongs to, decided from its Host header (ADR 0020). Pure. */

export interface TenantRef {
  id: string;
  code: string;
  name: string;
}

/** What the resolver knows: every registered host, and the tenant that answers the rest. */
export interface TenantDirectory {
  byHost: ReadonlyMap<string, TenantRef>;
  /** The one tenant of an installation that has exactly one; it answers any host. */
  fallback: TenantRef | undefined;
}

export function directoryOf(
  tenants: readonly TenantRef[],
  hosts: readonly { host: string; tenantId: string }[],
): TenantDirectory {
  const byId = new Map(tenants.map((t) => [t.id, t]));
  const byHost = new Map<string, TenantRef>();
  for (const h of hosts) {
    const tenant = byId.get(h.tenantId);
    if (tenant) byHost.set(h.host, tenant);
  }
  return { byHost, fallback: tenants.length === 1 ? tenants[0] : undefined };
}

/**
 * A Host header as stored: lower case, without the port or a trailing dot. IPv6 literals
 * keep their brackets. Undefined when there is no usable host.
 */
export function normaliseHost(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let host = raw.trim().toLowerCase();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    if (end < 0) return undefined;
    host = host.slice(0, end + 1);
  } else {
    const colon = host.indexOf(':');
    if (colon >= 0) host = host.slice(0, colon);
  }
  if (host.endsWith('.')) host = host.slice(0, -1);
  return host || undefined;
}

/** The registered tenant of the host, else the only tenant, else none (→ 404 unknown_tenant). */
export function tenantOfHost(
  directory: TenantDirectory,
  rawHost: string | undefined,
): TenantRef | undefined {
  const host = normaliseHost(rawHost);
  return (host && directory.byHost.get(host)) || directory.fallback;
}

/** A host name an operator may register: DNS labels (letters, digits, hyphens), or an IP literal. */
export function isRegistrableHost(host: string): boolean {
  if (host.length > 253) return false;
  if (/^\[[0-9a-f:.]+\]$/.test(host)) return true;
  return host.split('.').every((label) => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(label));
}

/** A tenant code from its name: "Ủy ban nhân dân tỉnh Điện Biên" → "dien-bien". */
export function tenantCodeFrom(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
  const words = ascii
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(uy ban nhan dan|ubnd)\s+/, '')
    .replace(/^(tinh|thanh pho|bo)\s+/, '');
  return words.replace(/\s+/g, '-');
}

/** Codes are what the CLI and logs name tenants by: lower-case words joined by hyphens. */
export const isTenantCode = (code: string) =>
  /^[a-z0-9]+(-[a-z0-9]+)*$/.test(code) && code.length <= 40;
