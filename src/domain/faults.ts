// Named points inside multi-row writes where a test can make the write fail,
// to prove the transaction leaves nothing behind. Disarmed, they cost a map lookup.

const armed = new Set<string>();
let killAt: string | null = null;
const hooks = new Map<string, () => Promise<void>>();

export class InjectedFault extends Error {}

export function armFault(point: string): void {
  armed.add(point);
}

export function disarmFaults(): void {
  armed.clear();
  hooks.clear();
}

/** Run `action` once when a write reaches `point`, as another client could act at that moment: to stage a race. */
export function armHook(point: string, action: () => Promise<void>): void {
  hooks.set(point, action);
}

export async function hookPoint(point: string): Promise<void> {
  const action = hooks.get(point);
  if (!action) return;
  hooks.delete(point);
  await action();
}

/**
 * Make the process kill itself with SIGKILL when it reaches `point`: for the
 * crash tests, which run the real server as a child process (the server arms it
 * from COLLOQUY_TEST_KILL_AT, under NODE_ENV=test only).
 */
export function armKill(point: string): void {
  killAt = point;
}

export function faultPoint(point: string): void {
  if (point === killAt) process.kill(process.pid, "SIGKILL");
  if (armed.delete(point)) throw new InjectedFault(`Injected failure at ${point}`);
}
