/** The console's API client: JSON in and out, RFC 9457 problem details turned into readable errors. */

export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  errors?: Record<string, string[]>;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `The server answered ${problem.status}.`);
  }
}

export interface Sent<T> {
  body: T;
  etag: string | null;
}

export async function send<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Sent<T>> {
  const response = await fetch(path, {
    method,
    headers: { Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin",
  });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    throw new ApiError({ status: response.status, ...(typeof parsed === "object" ? parsed : {}) });
  }
  return { body: parsed as T, etag: response.headers.get("ETag") };
}

export const get = async <T>(path: string) => (await send<T>("GET", path)).body;
export const post = async <T>(path: string, body?: unknown) => (await send<T>("POST", path, body)).body;

export interface Me {
  signedIn: boolean;
  posUserId: string;
  name: string;
  roles: string[];
}

export interface BellItem {
  notification: { orderNumber: string; fulfillmentId: string; outletId: string; link: string };
  outletName: string;
  read: boolean;
}

export interface Bell {
  notificationsEnabled: boolean;
  unread: number;
  items: BellItem[];
}

export interface Health {
  status: "Healthy" | "Degraded" | "NotConfigured" | "Unhealthy";
  checks: Record<string, { status: string; description?: string; data?: Record<string, unknown> }>;
}

/** Health answers 503 with the same body when something is wrong: both are the answer. */
export async function health(path: string): Promise<Health> {
  const response = await fetch(path, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  const body = await response.json();
  if (!body?.checks) {
    throw new ApiError({ status: response.status, ...body });
  }
  return body as Health;
}

export interface Parked {
  concern: string;
  id: string;
  reason: string;
  eventType?: string;
  entityKey?: string;
  parkedAt?: string;
}

export interface InventoryReport {
  at: string;
  full: boolean;
  checked: number;
  drifted: number;
  repaired: number;
  unmatched: string[];
  ambiguous: string[];
}

export interface PlatformBudget {
  platform: string;
  budget: number;
  window: string;
  windows: { start: string; calls: number }[];
}
