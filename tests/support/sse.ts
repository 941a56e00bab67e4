/** A GraphQL subscription read over Server-Sent Events from a real HTTP server. */
export interface SseSubscription<T> {
  /** Resolves with the next event's payload, or rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<T>;
  /** Resolves true if an event arrives within `ms`, false otherwise (for "nothing is delivered"). */
  receivesWithin(ms: number): Promise<boolean>;
  close(): void;
}

export async function subscribe<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<SseSubscription<T>> {
  const controller = new AbortController();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`subscription refused: ${response.status} ${await response.text()}`);
  const events: T[] = [];
  const waiters: ((value: T) => void)[] = [];
  void readEvents(response, (event, data) => {
    if (event !== "next") return;
    const payload = JSON.parse(data) as T;
    const waiter = waiters.shift();
    if (waiter) waiter(payload);
    else events.push(payload);
  });
  const next = (timeoutMs = 5_000) =>
    new Promise<T>((resolve, reject) => {
      const ready = events.shift();
      if (ready !== undefined) return resolve(ready);
      const timer = setTimeout(() => reject(new Error("no event arrived")), timeoutMs);
      waiters.push((value) => {
        clearTimeout(timer);
        resolve(value);
      });
    });
  return {
    next,
    receivesWithin: (ms) =>
      next(ms).then(
        (value) => {
          events.unshift(value);
          return true;
        },
        () => {
          waiters.shift();
          return false;
        },
      ),
    close: () => controller.abort(),
  };
}

/** Calls `onEvent` with each Server-Sent Event's name and data as the response's body brings them, until it ends or is aborted. */
export async function readEvents(response: Response, onEvent: (event: string, data: string) => void): Promise<void> {
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const lines = buffer.slice(0, end).split("\n");
        buffer = buffer.slice(end + 2);
        const event = lines.find((l) => l.startsWith("event:"))?.slice(6).trim();
        if (event) onEvent(event, lines.filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join(""));
      }
    }
  } catch {
    // Aborted.
  }
}
