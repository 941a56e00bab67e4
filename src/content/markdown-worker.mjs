// A worker thread of the Markdown pool (src/content/rendering.ts). It loads the
// TypeScript sources through tsx, as the main thread does under `npm start`
// and vitest, then runs one task per call.
import { register } from "tsx/esm/api";

register();
const { runMarkdownTask } = await import("./markdown-tasks.ts");

export default runMarkdownTask;
