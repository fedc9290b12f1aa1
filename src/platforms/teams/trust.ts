import { z } from "zod";

/**
 * What Tandem accepts from Teams before anything reaches a handler, and where it lets the bot send
 * requests: pure rules, no botbuilder, so they are read and tested on their own.
 */

/** The parts of an activity Tandem relies on; anything else is passed through untouched. */
const activityShape = z.looseObject({
  type: z.string().min(1).max(64),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().min(1).max(2048),
  from: z.looseObject({
    id: z.string().min(1).max(512),
    aadObjectId: z.string().max(128).optional(),
    name: z.string().max(512).optional(),
  }),
  recipient: z.looseObject({ id: z.string().min(1).max(512) }),
  conversation: z.looseObject({
    id: z.string().min(1).max(1024),
    tenantId: z.string().max(128).optional(),
    conversationType: z.string().max(64).optional(),
  }),
  channelData: z.looseObject({ tenant: z.looseObject({ id: z.string().max(128).optional() }).optional() }).optional(),
  deliveryMode: z.string().max(64).optional(),
  text: z.string().max(28_000).optional(),
});

export type TeamsActivityShape = z.infer<typeof activityShape>;

export type TrustRefusal = { ok: false; status: 400 | 403; reason: string };
export type TrustResult = { ok: true } | TrustRefusal;

/** A well-formed activity, or 400 with what is wrong (never a stack trace). */
export function checkShape(body: unknown): { ok: true; activity: TeamsActivityShape } | TrustRefusal {
  const parsed = activityShape.safeParse(body);
  if (parsed.success) return { ok: true, activity: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, status: 400, reason: `malformed activity: ${issue.path.join(".") || "body"} ${issue.message}` };
}

export interface TrustSettings {
  /** Anonymous local mode: no token was verified, so only loopback service URLs are believed. */
  anonymous: boolean;
  /** Tenants served; empty means any. */
  allowedTenants: string[];
}

/** The tenant Teams names, in the conversation or in channelData. */
export function tenantOf(activity: {
  conversation?: { tenantId?: string };
  channelData?: unknown;
}): string | undefined {
  return (
    activity.conversation?.tenantId ||
    (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ||
    undefined
  );
}

/**
 * After the token (if any) is verified: only Teams, only the tenants served, only replies that go
 * back to Teams itself, and only people Teams names by their Entra object id.
 */
export function checkActivity(activity: TeamsActivityShape, settings: TrustSettings): TrustResult {
  if (activity.channelId !== "msteams")
    return refuse(403, `channel ${activity.channelId} is not served: Tandem answers Microsoft Teams only`);
  const tenant = tenantOf(activity);
  if (!tenant) return refuse(403, "the activity names no tenant");
  if (settings.allowedTenants.length > 0 && !settings.allowedTenants.includes(tenant))
    return refuse(403, "tenant not served");
  if (!serviceUrlAllowed(activity.serviceUrl, settings.anonymous))
    return refuse(403, "serviceUrl is not a Bot Framework or Teams address");
  // Teams never asks for replies in the HTTP response; a caller who does wants to read them without a connector.
  if (activity.deliveryMode !== undefined && !["normal", "notification"].includes(activity.deliveryMode))
    return refuse(403, `deliveryMode ${activity.deliveryMode} is not served`);
  if (!activity.from.aadObjectId) return refuse(403, "the sender has no Entra object id");
  return { ok: true };
}

function refuse(status: 400 | 403, reason: string): TrustRefusal {
  return { ok: false, status, reason };
}

// The connector's public and government clouds (Teams' smba.* hosts and the Bot Framework's own).
const SERVICE_HOST_SUFFIXES = [
  ".botframework.com",
  ".botframework.us",
  ".botframework.azure.us",
  ".teams.microsoft.com",
  ".teams.microsoft.us",
];
const SERVICE_HOSTS = new Set(["smba.trafficmanager.net"]);

// Where Teams' file consent puts a person's upload: their OneDrive, which is SharePoint.
const UPLOAD_HOST_SUFFIXES = [
  ".sharepoint.com",
  ".sharepoint.us",
  ".sharepoint-mil.us",
  ".sharepoint.de",
  ".sharepoint.cn",
];

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function isLoopback(url: URL): boolean {
  const host = url.hostname;
  return host === "localhost" || host === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(host);
}

function onHosts(url: URL, hosts: Set<string>, suffixes: string[]): boolean {
  const host = url.hostname.toLowerCase();
  return hosts.has(host) || suffixes.some((suffix) => host.endsWith(suffix));
}

/**
 * Where replies and member look-ups may go. Authenticated: https on the connector's hosts only.
 * Anonymous (Agents Playground): the local connector on this machine only, so a forged activity
 * cannot make the bot send anything elsewhere.
 */
export function serviceUrlAllowed(serviceUrl: string, anonymous: boolean): boolean {
  const url = parse(serviceUrl);
  if (!url || url.username || url.password) return false;
  if (anonymous) return (url.protocol === "http:" || url.protocol === "https:") && isLoopback(url);
  return url.protocol === "https:" && onHosts(url, SERVICE_HOSTS, SERVICE_HOST_SUFFIXES);
}

/**
 * Where an accepted file may be PUT: https on SharePoint/OneDrive. In the anonymous local mode the
 * local connector that sent the activity (same origin as its serviceUrl) stands in for OneDrive.
 */
export function uploadUrlAllowed(uploadUrl: string, context: { anonymous: boolean; serviceUrl: string }): boolean {
  const url = parse(uploadUrl);
  if (!url || url.username || url.password) return false;
  if (url.protocol === "https:" && onHosts(url, new Set(), UPLOAD_HOST_SUFFIXES)) return true;
  if (!context.anonymous) return false;
  const service = parse(context.serviceUrl);
  return service !== undefined && isLoopback(service) && url.origin === service.origin;
}
