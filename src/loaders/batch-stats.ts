// DataLoader batch sizes, reported to whoever listens (the metrics module).
// The loaders do not know about metrics; they only say how big each batch was.

export type BatchKind = "page" | "count" | "group" | "unique" | "id";

let sink: ((kind: BatchKind, size: number) => void) | null = null;

export function setBatchSink(listener: (kind: BatchKind, size: number) => void): void {
  sink = listener;
}

export function recordBatch(kind: BatchKind, size: number): void {
  sink?.(kind, size);
}
