// Named points inside multi-row writes where a test can make the write fail,
// to prove the transaction leaves nothing behind. Disarmed, they cost a map lookup.

const armed = new Set<string>();

export class InjectedFault extends Error {}

export function armFault(point: string): void {
  armed.add(point);
}

export function disarmFaults(): void {
  armed.clear();
}

export function faultPoint(point: string): void {
  if (armed.delete(point)) throw new InjectedFault(`Injected failure at ${point}`);
}
