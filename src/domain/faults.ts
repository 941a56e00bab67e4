// Named points inside multi-row writes where a test can make the write fail,
// to prove the transaction leaves nothing behind. Disarmed, they cost a map lookup.

const armed = new Set<string>();
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

export function faultPoint(point: string): void {
  if (armed.delete(point)) throw new InjectedFault(`Injected failure at ${point}`);
}
